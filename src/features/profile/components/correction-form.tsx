import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { CorrectionPhoto } from './photo-field';
import { PhotoField } from './photo-field';
import { errorOn } from '../../../lib/cloud';
import { FieldError } from '../../../components/field-error';

interface CorrectionFormProps {
  label: string;
  current: string;
  busy: boolean;
  error?: { message: string; field?: string };
  onSubmit: (value: string, reason: string, photoFileId?: string) => void;
  onCancel: () => void;
}

/** 申请更正: the new value and why; the grid member will check it. Shown in a sheet (the page supplies the title). */
export function CorrectionForm({ label, current, busy, error, onSubmit, onCancel }: CorrectionFormProps) {
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [photo, setPhoto] = useState<CorrectionPhoto | null>(null);
  return (
    <View data-testid="correction-form">
      <Text className="text-block muted">档案中现为：{current || '未填写'}</Text>
      <View className="field">
        <Text className="field-label">正确的{label}</Text>
        <Input
          className="field-input"
          name="value"
          value={value}
          placeholder={`请输入正确的${label}`}
          onInput={(e) => setValue(e.detail.value)}
        />
        <FieldError error={errorOn(error, 'value')} />
      </View>
      <View className="field">
        <Text className="field-label">更正原因</Text>
        <Input
          className="field-input"
          name="reason"
          value={reason}
          placeholder="例如：换了新号码"
          onInput={(e) => setReason(e.detail.value)}
        />
        <FieldError error={errorOn(error, 'reason')} />
      </View>
      <PhotoField photo={photo} onChange={setPhoto} />
      {error && error.field !== 'value' && error.field !== 'reason' ? (
        <Text className="field-error">{error.message}</Text>
      ) : null}
      <Button
        className="btn btn-primary"
        disabled={busy || undefined}
        onClick={() => onSubmit(value, reason, photo?.fileID)}
      >
        提交更正申请
      </Button>
      <Button className="btn btn-plain" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
