import { ApiProblem } from '../../api/client';

/** The API's messages for one field of a body (`causes.0.description`), and those under it. */
export function fieldMessages(error: unknown, field: string): string[] {
  if (!(error instanceof ApiProblem)) {
    return [];
  }
  return error.errors
    .filter((item) => item.field === field || item.field.startsWith(`${field}.`))
    .map((item) => item.message);
}

/** What an input needs to point at its errors: `aria-invalid` and `aria-describedby`. */
export function invalidProps(error: unknown, field: string, inputId: string) {
  return fieldMessages(error, field).length > 0
    ? { 'aria-invalid': true, 'aria-describedby': `${inputId}-errors` }
    : {};
}

/** The messages under an input, named so the input can point at them. */
export function FieldErrors(props: { error: unknown; field: string; inputId: string }) {
  const messages = fieldMessages(props.error, props.field);
  if (messages.length === 0) {
    return null;
  }
  return (
    <ul id={`${props.inputId}-errors`} className="field-errors">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
