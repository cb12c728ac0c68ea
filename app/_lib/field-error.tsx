/**
 * A form field's error, named `<field>-error` so its input can point at it
 * with aria-describedby (see errorId); nothing when there is no error.
 */
export function FieldError({ field, message }: { field: string; message: string | undefined }) {
  return message ? (
    <span id={errorId(field)} className="field-error">
      {message}
    </span>
  ) : null;
}

/** The id of `field`'s error message. */
export const errorId = (field: string) => `${field}-error`;
