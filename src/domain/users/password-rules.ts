// Password length rules, shared by the API, the CLI and the UI.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
