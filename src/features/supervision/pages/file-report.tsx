import '../supervision.css';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { fileReport, OBSERVED_DAYS } from '@types-contract/supervision/reports';
import { pickerDays } from '../../../lib/time/picker-days';
import { REPORT_TYPES, REPORT_TYPE_LABELS, type ReportType } from '@types-contract/supervision/report-model';
import { getProhibitions, listStages } from '@types-contract/supervision/recruitment';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { ErrorView } from '../../../app-shell/error-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { askToNotify } from '../../../lib/notify/ask-to-notify';
import { ChoiceField } from '../../../components/choice-field';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { TimeField } from '../../../components/time-field';
import { TextAreaField } from '../../../components/text-area-field';
import { PhotoPicker } from '../components/photo-picker';
import { instantAt, nowWithOffset } from '../../../lib/time/format';
import { supervisionUrl } from '../routes';
import { usePhotos } from '../use-photos';
import { BusyButton } from '../../../components/busy-button';

/** An integrity supervisor reports what they saw: stage, place, type, description, photos, time. */
export default function FileReportPage() {
  const stages = useQuery(listStages, {});
  const prohibitions = useQuery(getProhibitions, {});
  const submit = useAction(fileReport);
  const photos = usePhotos();
  const now = nowWithOffset();
  const [stageId, setStageId] = useState<string | null>(null);
  const [type, setType] = useState<ReportType | null>(null);
  const [prohibitionNo, setProhibitionNo] = useState<number | null>(null);
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [day, setDay] = useState(now.slice(0, 10));
  const [time, setTime] = useState(now.slice(11, 16));
  const errors = submit.error?.fieldErrors ?? {};

  const send = () => {
    // First in the tap, before any await: WeChat shows its subscribe prompt only from a tap.
    void askToNotify(['reportProgress']);
    void submit.run({
      stageId: stageId ?? '',
      place,
      type: type ?? ('' as ReportType),
      prohibitionNo,
      description,
      observedAt: instantAt(day, time),
      photoIds: photos.photos.map((p) => p.photoId),
    });
  };

  if (submit.data) {
    return (
      <PageShell>
        <View className="card" data-testid="report-filed">
          <Text className="card-title">已提交</Text>
          <Text className="text-block">编号：{submit.data.refNo}</Text>
          <Text className="text-block muted">
            征兵办处理后会在“我反映的问题”中答复您。您的身份只有征兵办负责人知道。
          </Text>
          <Button
            className="btn btn-primary"
            onClick={() => void Taro.redirectTo({ url: supervisionUrl('myReports') })}
          >
            查看我反映的问题
          </Button>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell>
      <QueryView query={stages}>
        {({ items }) => (
          <View className="card" data-testid="report-form">
            <ChoiceField
              name="stageId"
              label="哪个阶段"
              options={items.map((s) => ({ value: s.id, label: s.label }))}
              value={stageId}
              error={errors.stageId}
              onChange={setStageId}
            />
            <TextField
              name="place"
              label="地点"
              value={place}
              placeholder="例如：区人民医院体检站"
              error={errors.place}
              onChange={setPlace}
            />
            <ChoiceField
              name="type"
              label="问题类型"
              options={REPORT_TYPES.map((t) => ({ value: t, label: REPORT_TYPE_LABELS[t] }))}
              value={type}
              error={errors.type}
              onChange={setType}
            />
            {type === 'prohibition' ? (
              <ChoiceField
                name="prohibitionNo"
                label="违反哪一条"
                value={prohibitionNo}
                error={errors.prohibitionNo}
                onChange={setProhibitionNo}
                options={(prohibitions.data?.items ?? []).map((text, i) => ({
                  value: i + 1,
                  label: `${i + 1}. ${text}`,
                }))}
              />
            ) : null}
            <TextAreaField
              maxlength={1000}
              name="description"
              label="看到的情况"
              value={description}
              placeholder="请写明时间、经过、涉及的人和事"
              error={errors.description}
              onChange={setDescription}
            />
            <DateField
              name="observedAt"
              label="发现日期"
              value={day}
              {...pickerDays(OBSERVED_DAYS)}
              error={errors.observedAt}
              onChange={setDay}
            />
            <TimeField name="observedTime" label="发现时间" value={time} onChange={setTime} />
            <PhotoPicker {...photos} onPick={() => void photos.pick()} onRemove={photos.remove} />
            {submit.error && !submit.error.field ? <ErrorView error={submit.error} /> : null}
            <BusyButton
              className="btn btn-primary"
              data-testid="report-submit"
              busy={submit.loading}
              disabled={submit.loading || photos.uploading}
              onClick={send}
            >
              提交
            </BusyButton>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
