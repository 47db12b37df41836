import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RegistrationView } from '@types-contract/account/registrations';
import { FactLine } from '../../../components/fact-line';
import { TextField } from '../../../components/text-field';
import { CallRegistrant } from './call-registrant';

interface RegistrationItemProps {
  item: RegistrationView;
  busy: boolean;
  error?: string;
  onDecide: (decision: 'approve' | 'reject', note: string) => void;
}

/** What the ledger check found, in plain words: the ID and name, then the phone, each said once. */
function checkResult(item: RegistrationView): string[] {
  if (item.matchKind === 'none') return ['台账中没有找到该身份证号的档案', '确认后将新建档案'];
  const phone =
    item.phoneMatchesFile === true
      ? '手机号与档案登记的一致'
      : item.phoneMatchesFile === false
        ? '手机号与档案登记的不同'
        : '档案中没有登记手机号';
  return ['身份证号、姓名与档案一致', phone];
}

/**
 * One pending registration: who, what matched (each fact under its own label), a call to check it is
 * the person, and the grid member's decision. 确认 binds the WeChat account to the file, so it asks once
 * more before it does.
 */
export function RegistrationItem({ item, busy, error, onDecide }: RegistrationItemProps) {
  const [note, setNote] = useState('');
  const confirm = async () => {
    const answer = await Taro.showModal({
      title: '绑定前请核实',
      content: item.candidate
        ? `确认后，${item.name}的微信将绑定到档案「${item.candidate.name} ${item.candidate.idMasked}」。请先电话核实是本人。`
        : `确认后，将为${item.name}新建档案并绑定其微信。请先电话核实是本人。`,
      confirmText: '确认绑定',
      cancelText: '再想想',
    });
    if (answer.confirm) onDecide('approve', note);
  };
  return (
    <View className="card" data-testid={`registration-${item.id}`}>
      <Text className="card-title">{item.name}</Text>
      <FactLine label="身份证号">
        <Text>{item.idMasked}</Text>
      </FactLine>
      <FactLine label="手机号">
        <CallRegistrant registrationId={item.id} masked={item.phoneMasked} verified={item.phoneVerified} />
      </FactLine>
      <FactLine label="网格">
        <Text>{item.gridName}</Text>
      </FactLine>
      <FactLine label="核对结果">
        {checkResult(item).map((line) => (
          <Text key={line} className="text-block">
            {line}
          </Text>
        ))}
      </FactLine>
      {item.candidate ? (
        <FactLine label="对应档案">
          <Text>
            {item.candidate.name} {item.candidate.idMasked}
          </Text>
        </FactLine>
      ) : null}
      <TextField
        name={`note-${item.id}`}
        label="备注（驳回时必填）"
        value={note}
        placeholder="如：经电话核实为本人"
        maxlength={200}
        error={error}
        onChange={setNote}
      />
      <View className="decision-row">
        <Button className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
          确认
        </Button>
        <Button className="btn btn-plain" disabled={busy} onClick={() => onDecide('reject', note)}>
          驳回
        </Button>
      </View>
    </View>
  );
}
