import '../supervision.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { listStages, PUBLICITY_DAYS, publishNotice } from '@types-contract/supervision/recruitment';
import { pickerDays } from '../../../lib/time/picker-days';
import { NOTICE_STAGES, type MaskMode } from '@types-contract/supervision/model';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { ChoiceField } from '../../../components/choice-field';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { TextAreaField } from '../../../components/text-area-field';
import { parseCandidateLines } from '../candidate-lines';
import { nowWithOffset } from '../../../lib/time/format';
import { BusyButton } from '../../../components/busy-button';

const MASKS: { value: MaskMode; label: string }[] = [
  { value: 'middle', label: '隐去中间字（张*国）' },
  { value: 'surname', label: '只显示姓（张**）' },
  { value: 'full', label: '显示全名' },
];

/** The office publishes a stage's 公示. An approval list is checked: 未参加公示的不得批准入伍. */
export default function PublishNoticePage() {
  const stages = useQuery(listStages, {});
  const publish = useAction(publishNotice);
  const today = nowWithOffset().slice(0, 10);
  const [stageId, setStageId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [lines, setLines] = useState('');
  const [maskMode, setMaskMode] = useState<MaskMode>('middle');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const errors = publish.error?.fieldErrors ?? {};
  const send = async () => {
    const done = await publish.run({
      stageId: stageId ?? '',
      title,
      candidates: parseCandidateLines(lines),
      maskMode,
      publicityStart: start,
      publicityEnd: end,
    });
    if (done) void Taro.navigateBack();
  };
  return (
    <PageShell>
      <QueryView query={stages}>
        {({ items }) => (
          <View className="card" data-testid="notice-form">
            <ChoiceField
              name="stageId"
              label="阶段"
              value={stageId}
              error={errors.stageId}
              onChange={setStageId}
              options={items
                .filter((s) => NOTICE_STAGES.includes(s.kind))
                .map((s) => ({ value: s.id, label: `${s.year}年${s.label}` }))}
            />
            <TextField
              name="title"
              label="标题"
              value={title}
              placeholder="例如：2026年度批准入伍人员公示"
              error={errors.title}
              onChange={setTitle}
            />
            <TextAreaField
              maxlength={1000}
              name="candidates"
              label="名单（每行：报名编号 姓名 结论）"
              value={lines}
              placeholder={'2026-001 张建国 批准入伍'}
              error={errors.candidates}
              onChange={setLines}
            />
            <ChoiceField name="maskMode" label="姓名公示方式" options={MASKS} value={maskMode} onChange={setMaskMode} />
            <DateField
              name="publicityStart"
              label="公示开始"
              value={start}
              {...pickerDays(PUBLICITY_DAYS)}
              error={errors.publicityStart}
              onChange={setStart}
            />
            <DateField
              name="publicityEnd"
              label="公示结束"
              value={end}
              {...pickerDays(PUBLICITY_DAYS)}
              error={errors.publicityEnd}
              onChange={setEnd}
            />
            {publish.error && !errors.candidates && !publish.error.field ? (
              <Text className="field-error">{publish.error.message}</Text>
            ) : null}
            <BusyButton className="btn btn-primary" busy={publish.loading} onClick={() => void send()}>
              发布公示
            </BusyButton>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
