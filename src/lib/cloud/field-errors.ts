/** What a form needs of a failed action's error (a CloudError, or a plain field error a prop carries). */
type Failure = { message: string; field?: string };

const about = (error: Failure, field: string) => error.field === field || Boolean(error.field?.startsWith(`${field}.`));

/**
 * The message of a failed action when it is about `field` or a part of it (`items.0`, `attendance.2.status`),
 * for the field's own error line: the one way a form places the cloud's answer under its field.
 */
export function errorOn(error: Failure | null | undefined, field: string): string | undefined {
  return error && about(error, field) ? error.message : undefined;
}

/** The message when it is about none of the form's `fields`: shown beside the submit button instead. */
export function errorBeside(error: Failure | null | undefined, fields: readonly string[]): string | undefined {
  return error && !fields.some((f) => about(error, f)) ? error.message : undefined;
}
