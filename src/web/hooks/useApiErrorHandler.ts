import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError.ts';
import { errorText, fieldErrorText, fieldNameOf } from '../i18n/errorText.ts';

// The one place a failed request becomes something the user reads: errors for form fields go
// under those fields; anything else becomes a message at the top of the page. 401s are handled
// globally (queryClient.ts) and only sign the user out.
export function useApiErrorHandler() {
  const { t } = useTranslation();
  const { message } = App.useApp();

  return (error: unknown, form?: FormInstance) => {
    if (isApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED') return;
    if (form && isApiError(error)) {
      const known = new Set(Object.keys(form.getFieldsValue() as object));
      const fields = error.fieldErrors
        .map((field) => ({ name: fieldNameOf(field.path), errors: [fieldErrorText(t, error.code, field)] }))
        .filter((field) => field.name.length > 0 && known.has(field.name[0]));
      if (fields.length > 0) {
        form.setFields(fields);
        return;
      }
    }
    void message.error(errorText(t, error));
  };
}
