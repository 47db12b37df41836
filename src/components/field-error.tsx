import { Text } from '@tarojs/components';

/** A field's error under it, in words the user can act on (nothing when there is none). */
export function FieldError({ name, error }: { name?: string; error?: string }) {
  return error ? (
    <Text className="field-error" data-testid={name ? `error-${name}` : undefined}>
      {error}
    </Text>
  ) : null;
}
