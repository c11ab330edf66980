import type { ContactFormValues } from './contactFormValues.ts';

export const contactFormDefaults: ContactFormValues = { vestedInterests: [], relationships: [], isLeft: false, influence: null };
