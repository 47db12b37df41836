import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ReportView } from '@types-contract/supervision/reports';
import type { CloudError } from '../../../lib/cloud';
import { TextField } from '../../../components/text-field';
import { TextAreaField } from '../../../components/text-area-field';
import { BusyButton } from '../../../components/busy-button';

interface ReportActionsProps {
  report: ReportView;
  busy: boolean;
  error?: CloudError;
  onStep: (step: 'accept' | 'answer' | 'close', note: string) => void;
  onPublish: (summary: string, measures: string) => void;
}

/** What the office can do next with a report: 受理, 答复, 办结, 公布到问题清单. */
export function ReportActions({ report, busy, error, onStep, onPublish }: ReportActionsProps) {
  const [note, setNote] = useState('');
  const [summary, setSummary] = useState('');
  const [measures, setMeasures] = useState('');
  const errors = error?.fieldErrors ?? {};
  const canAnswer = report.status === 'received' || report.status === 'handling';
  const canPublish = !report.published && (report.status === 'answered' || report.status === 'closed');
  return (
    <View className="card" data-testid="report-actions">
      {report.status === 'received' ? (
        <BusyButton className="btn btn-plain" busy={busy} onClick={() => onStep('accept', '')}>
          受理
        </BusyButton>
      ) : null}
      {canAnswer ? (
        <>
          <TextAreaField
            maxlength={1000}
            name="note"
            label="答复监督员"
            value={note}
            placeholder="核查情况和处理结果"
            error={errors.note}
            onChange={setNote}
          />
          <BusyButton className="btn btn-primary" busy={busy} onClick={() => onStep('answer', note)}>
            答复
          </BusyButton>
        </>
      ) : null}
      {report.status === 'answered' ? (
        <BusyButton className="btn btn-plain" busy={busy} onClick={() => onStep('close', '')}>
          办结
        </BusyButton>
      ) : null}
      {canPublish ? (
        <>
          <Text className="card-title">公布到问题清单</Text>
          <Text className="text-block muted">
            向全区公布，不含反映人信息。请用概括的话写，不要写出能认出反映人的细节。
          </Text>
          <TextField
            name="summary"
            label="问题概述"
            value={summary}
            placeholder="例如：体检站人员外传体检结果"
            error={errors.summary}
            onChange={setSummary}
          />
          <TextAreaField
            maxlength={1000}
            name="measures"
            label="整改措施"
            value={measures}
            placeholder="做了什么"
            error={errors.measures}
            onChange={setMeasures}
          />
          <BusyButton className="btn btn-primary" busy={busy} onClick={() => onPublish(summary, measures)}>
            公布
          </BusyButton>
        </>
      ) : null}
      {error && !error.field ? <Text className="field-error">{error.message}</Text> : null}
    </View>
  );
}
