import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActivityView } from '@types-contract/activities/manage';
import { SUMMARY_PHOTOS_MAX, summarizeActivity, uploadActivityPhoto } from '@types-contract/activities/summary';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useAction, errorOn, errorBeside } from '../../../lib/cloud';
import { usePhotoUploads } from '../../../lib/uploads';
import { BusyButton } from '../../../components/busy-button';
import { FieldError } from '../../../components/field-error';

/** The organiser's summary after the activity with its photos; publicity also counts the people it reached. */
export function SummaryForm({ activity: a, onSaved }: { activity: ActivityView; onSaved: () => void }) {
  const [text, setText] = useState(a.summary?.text ?? '');
  const [reached, setReached] = useState(a.summary?.peopleReached?.toString() ?? '');
  const save = useAction(summarizeActivity);
  const kept = a.summary?.photoFileIds ?? [];
  const photos = usePhotoUploads(uploadActivityPhoto, SUMMARY_PHOTOS_MAX, {
    input: (source) => ({ activityId: a.id, ...source }),
    initial: kept.map((fileID, i) => ({ fileID, previewUrl: a.summary?.photoUrls[i] ?? '' })),
  });
  const publicity = a.kind === 'publicity';
  const err = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    const out = await save.run({
      activityId: a.id,
      text,
      peopleReached: publicity && reached !== '' ? Number(reached) : null,
      photoFileIds: photos.fileIds,
    });
    if (out) {
      void Taro.showToast({ title: '小结已保存', icon: 'success' });
      onSaved();
    }
  };
  return (
    <View className="card" data-testid="summary-form">
      <Text className="card-title">活动小结</Text>
      <TextAreaField
        name="summary"
        label="做了什么、效果如何"
        value={text}
        maxlength={1000}
        placeholder="例如：巡查楼道12栋，清理杂物3处，提醒独居老人注意用电。"
        error={err('text')}
        onChange={setText}
      />
      {publicity ? (
        <TextField
          name="people-reached"
          label="覆盖人数"
          type="number"
          value={reached}
          placeholder="本次宣传覆盖的人数"
          error={err('peopleReached')}
          onChange={setReached}
        />
      ) : null}
      <PhotoStrip
        label={`活动照片（选填，最多 ${SUMMARY_PHOTOS_MAX} 张）`}
        max={SUMMARY_PHOTOS_MAX}
        previews={photos.previews}
        busy={photos.busy}
        error={photos.error ?? errorOn(save.error, 'photoFileIds')}
        onAdd={photos.add}
        onRemove={photos.remove}
      />
      <FieldError error={errorBeside(save.error, ['text', 'peopleReached', 'photoFileIds'])} />
      <BusyButton
        className="btn btn-primary"
        data-testid="save-summary"
        busy={save.loading}
        disabled={photos.busy || undefined}
        onClick={() => void submit()}
      >
        保存小结
      </BusyButton>
    </View>
  );
}
