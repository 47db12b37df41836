import { useState, type ReactNode } from 'react';
import { Button, Text, View } from '@tarojs/components';

interface ConfirmStepProps {
  /** The button that opens the confirmation, e.g. 解除绑定. */
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error?: string;
  onConfirm: () => void;
  testId: string;
}

/** A serious action in two taps: first the plain explanation, then 确认 or 取消. */
export function ConfirmStep({
  label,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  testId,
}: ConfirmStepProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button className="btn btn-plain" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <View className="card confirm-step" data-testid={testId}>
      <Text className="card-title">{title}</Text>
      {children}
      {error ? <Text className="field-error">{error}</Text> : null}
      <Button className="btn btn-primary" disabled={busy || undefined} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button className="btn btn-plain" onClick={() => setOpen(false)}>
        取消
      </Button>
    </View>
  );
}
