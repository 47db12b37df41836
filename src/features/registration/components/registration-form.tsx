import { Text, View } from '@tarojs/components';
import type { PhoneProof as Proof, RegistrationField, RegistrationValues } from '../registration-values';
import { TextField } from '../../../components/text-field';
import { PhoneProof } from './phone-proof';
import { BusyButton } from '../../../components/busy-button';

interface RegistrationFormProps {
  values: RegistrationValues;
  fieldErrors: Readonly<Record<string, string>>;
  submitting: boolean;
  onChange: (field: RegistrationField, value: string) => void;
  onPhoneProof: (proof: Proof | undefined) => void;
  onSubmit: () => void;
}

export function RegistrationForm({
  values,
  fieldErrors,
  submitting,
  onChange,
  onPhoneProof,
  onSubmit,
}: RegistrationFormProps) {
  return (
    <View className="card" data-testid="registration-form">
      <Text className="card-title">退役军人登记</Text>
      <Text className="text-block muted">请填写与档案一致的信息，我们将与区退役军人事务局的档案核对。</Text>
      <TextField
        name="name"
        label="姓名"
        value={values.name}
        placeholder="请输入姓名"
        maxlength={40}
        error={fieldErrors.name}
        onChange={(v) => onChange('name', v)}
      />
      <TextField
        name="idNumber"
        label="身份证号"
        type="idcard"
        value={values.idNumber}
        placeholder="18位身份证号"
        maxlength={18}
        error={fieldErrors.idNumber}
        onChange={(v) => onChange('idNumber', v)}
      />
      <TextField
        name="phone"
        label="手机号"
        type="number"
        value={values.phone}
        placeholder="11位手机号"
        maxlength={11}
        error={fieldErrors.phone}
        onChange={(v) => onChange('phone', v)}
      />
      <PhoneProof proof={values.phoneProof} onProof={onPhoneProof} />
      <BusyButton className="btn btn-primary" data-testid="registration-submit" busy={submitting} onClick={onSubmit}>
        提交登记
      </BusyButton>
    </View>
  );
}
