export class DemoRefusedError extends Error {}
