import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { applyAssistance, MAX_EVIDENCE, uploadEvidence } from '@types-contract/assist/applications';
import { getAssistSettings } from '@types-contract/assist/settings';
import { ASSIST_KIND_LABELS, type AssistKind } from '@types-contract/assist/model';
import { yuan } from '@types-contract/common/money';
import { ChoiceChips } from '../../../components/choice-chips';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorOn } from '../../../lib/cloud';
import { usePhotoUploads } from '../../../lib/uploads';
import { fenFromYuan } from '../yuan-input';

const KINDS: readonly AssistKind[] = ['subsidy', 'relief'];
const WHO_APPROVES = { street: '由街道审批', district: '由区退役军人事务局审批' } as const;

/** 临时困难补助 or 救助专项资金: for oneself (veteranId null) or, by the grid team, for a veteran of their grid. */
export function ApplyForm({ veteranId, onDone }: { veteranId: string | null; onDone: () => void }) {
  const limits = useQuery(getAssistSettings, {});
  const apply = useAction(applyAssistance);
  const photos = usePhotoUploads(uploadEvidence);
  const [kind, setKind] = useState<AssistKind>('subsidy');
  const [situation, setSituation] = useState('');
  const [amount, setAmount] = useState('');
  const [sent, setSent] = useState('');
  const err = (f: string) => errorOn(apply.error, f);
  const max = limits.data ? (kind === 'relief' ? limits.data.reliefMaxFen : limits.data.subsidyMaxFen) : null;
  const submit = async () => {
    const done = await apply.run({
      kind,
      veteranId,
      situation,
      askedFen: fenFromYuan(amount),
      evidence: photos.fileIds,
    });
    if (!done) return;
    void Taro.showToast({ title: '已提交', icon: 'success' });
    setSent(`申请已提交：先由社区服务站审核，再${WHO_APPROVES[done.approverLevel]}。每一步都会显示在申请记录里。`);
    setSituation('');
    setAmount('');
    photos.clear();
    onDone();
  };
  return (
    <View className="card" data-testid="apply-form">
      <Text className="card-title">{veteranId ? '代为申请' : '申请困难补助或救助'}</Text>
      <ChoiceChips
        name="kind"
        label="申请类别"
        options={KINDS}
        labels={ASSIST_KIND_LABELS}
        value={kind}
        error={err('kind')}
        onChange={setKind}
      />
      <Text className="text-block muted">
        {kind === 'relief'
          ? '救助专项资金用于重大疾病、重大灾祸等，由区退役军人事务局审批。'
          : '临时困难补助用于一时的生活困难。'}
      </Text>
      <TextAreaField
        name="situation"
        label="困难情况"
        value={situation}
        maxlength={2000}
        placeholder="请说明遇到的困难（至少10个字）"
        error={err('situation')}
        onChange={setSituation}
      />
      <TextField
        name="amount"
        label={`申请金额（元）${max !== null ? `，最多 ${yuan(max)}` : ''}`}
        type="number"
        value={amount}
        placeholder="例如 2000"
        error={err('askedFen')}
        onChange={setAmount}
      />
      <PhotoStrip
        label={`证明材料照片（诊断书、票据、受灾情况等，选填，最多 ${MAX_EVIDENCE} 张）`}
        max={MAX_EVIDENCE}
        previews={photos.previews}
        busy={photos.busy}
        error={photos.error ?? err('evidence')}
        onAdd={photos.add}
        onRemove={photos.remove}
      />
      {apply.error && !apply.error.field ? (
        <Text className="field-error" data-testid="apply-error">
          {apply.error.message}
        </Text>
      ) : null}
      {sent ? (
        <Text className="text-block" data-testid="apply-sent">
          {sent}
        </Text>
      ) : null}
      <Button
        className="btn btn-primary"
        data-testid="submit-application"
        disabled={apply.loading || photos.busy}
        onClick={() => void submit()}
      >
        提交申请
      </Button>
    </View>
  );
}
