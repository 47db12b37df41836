import { Button, Text, View } from '@tarojs/components';
import type { CloudError } from '../lib/cloud';

interface ErrorViewProps {
  error: CloudError;
  onRetry?: () => void;
}

/** An error as the user should read it: the Chinese message, and 重试 where trying again can help. */
export function ErrorView({ error, onRetry }: ErrorViewProps) {
  return (
    <View className="error-view" data-testid="error-view" data-code={error.code}>
      <Text className="error-message">{error.message}</Text>
      {onRetry && error.retryable ? (
        <Button className="btn btn-plain" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
