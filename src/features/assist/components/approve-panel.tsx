import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { approveApplication, type ApplicationView } from '@types-contract/assist/applications';
import { yuan } from '@types-contract/common/money';
import { TextField } from '../../../components/text-field';
import { useAction, errorOn } from '../../../lib/cloud';
import { fenFromYuan, yuanText } from '../yuan-input';
import { DecisionNote } from './decision-note';

interface ApprovePanelProps {
  app: ApplicationView;
  /** The caller's approval limit in fen (null: the district, no limit below the maximum). */
  limitFen: number | null;
  onDone: (title: string) => void;
}

/**
 * Approve with an amount (the asked amount to start with, never more than asked nor the caller's limit) or
 * turn down with a reason. Above a street's limit the application already waits in the district's list, and
 * the panel says so with a way to leave it to them.
 */
export function ApprovePanel({ app, limitFen, onDone }: ApprovePanelProps) {
  const approve = useAction(approveApplication);
  const [amount, setAmount] = useState(yuanText(limitFen === null ? app.askedFen : Math.min(app.askedFen, limitFen)));
  const [leftToDistrict, setLeftToDistrict] = useState(false);
  const [note, setNote] = useState('');
  const aboveLimit = limitFen !== null && (app.askedFen > limitFen || fenFromYuan(amount) > limitFen);
  if (leftToDistrict) {
    return (
      <Text className="text-block muted" data-testid="left-to-district">
        已留给区退役军人事务局审批，审批结果会在这里显示。
      </Text>
    );
  }
  const decide = async (yes: boolean) => {
    if (await approve.run({ id: app.id, approve: yes, amountFen: yes ? fenFromYuan(amount) : null, note }))
      onDone(yes ? '已批准' : '已驳回');
  };
  const err = approve.error;
  const on = (f: string) => errorOn(err, f);
  return (
    <View className="field" data-testid="approve-panel">
      <TextField
        name="approve-amount"
        label={`批准金额（元），申请 ${yuan(app.askedFen)}`}
        type="number"
        value={amount}
        placeholder="批准的金额"
        error={on('amountFen')}
        onChange={setAmount}
      />
      <Text className="text-block muted" data-testid="approver-limit">
        {limitFen === null ? '您可审批本区全部申请（不超过申请金额）。' : `您的审批权限：不超过 ${yuan(limitFen)}。`}
      </Text>
      {aboveLimit && limitFen !== null ? (
        <View className="notice-box" data-testid="above-limit">
          <Text className="text-block">
            申请 {yuan(app.askedFen)}，超出您的审批权限。此申请已同时列入区退役军人事务局的待审批清单，无需另行报送。
          </Text>
          <Text className="text-block muted">您可以批准不超过 {yuan(limitFen)}，或留给区里按申请金额审批。</Text>
          <Button
            className="btn btn-plain btn-small"
            data-testid="leave-to-district"
            onClick={() => setLeftToDistrict(true)}
          >
            留给区里审批
          </Button>
        </View>
      ) : null}
      <DecisionNote
        name="approve-note"
        label="审批意见（驳回时必填）"
        placeholder="例如：按标准核定"
        note={note}
        onNote={setNote}
        error={err}
        fieldsAbove={['amountFen']}
        yes={{ label: '批准', testId: 'approve-yes' }}
        no={{ label: '驳回', testId: 'approve-no' }}
        busy={approve.loading}
        onDecide={(yes) => void decide(yes)}
      />
    </View>
  );
}
