import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  CONTACT_LABELS,
  CONTACT_METHODS,
  REQUEST_CATEGORIES,
  type ContactMethod,
  type RequestCategory,
} from '@types-contract/requests/model';
import { DESCRIPTION_MAX, MAX_PHOTOS, submitRequest, uploadRequestPhoto } from '@types-contract/requests/submit';
import { PageShell } from '../../../app-shell/page-shell';
import { TextField } from '../../../components/text-field';
import { useAction, errorOn } from '../../../lib/cloud';
import { askToNotify } from '../../../lib/notify/ask-to-notify';
import { ChoiceChips } from '../../../components/choice-chips';
import { PhotoStrip } from '../../../components/photo-strip';
import { TextAreaField } from '../../../components/text-area-field';
import { detailUrl } from '../routes';
import { usePhotoUploads } from '../../../lib/uploads';

const newToken = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
const URGENCY_LABELS = { normal: '一般', urgent: '紧急（本周吃饭、买药已有困难）' } as const;

/** 提交诉求: what it is about, in the person's own words, with photos and how to reach them. */
export default function SubmitRequestPage() {
  const [token] = useState(newToken);
  const [category, setCategory] = useState<RequestCategory | null>(null);
  const [description, setDescription] = useState('');
  const [method, setMethod] = useState<ContactMethod>('wechat');
  const [phone, setPhone] = useState('');
  const [urgency, setUrgency] = useState<'normal' | 'urgent'>('normal');
  const photos = usePhotoUploads(uploadRequestPhoto);
  const submit = useAction(submitRequest);
  const errorOf = (name: string) => errorOn(submit.error, name);

  const send = async () => {
    // First in the tap, before any await: WeChat shows its subscribe prompt only from a tap.
    void askToNotify(['requestProgress']);
    const done = await submit.run({
      clientToken: token,
      category: category as RequestCategory,
      description,
      photos: photos.fileIds,
      urgency,
      contact: { method, ...(method === 'phone' ? { phone } : {}) },
    });
    if (done) void Taro.redirectTo({ url: detailUrl(done.id) });
  };

  return (
    <PageShell>
      <View className="card">
        <ChoiceChips
          name="category"
          label="诉求类别"
          options={REQUEST_CATEGORIES}
          value={category}
          error={errorOf('category')}
          onChange={setCategory}
        />
        <TextAreaField
          name="description"
          label="请描述您的诉求"
          value={description}
          maxlength={DESCRIPTION_MAX}
          placeholder="发生了什么、需要什么帮助"
          error={errorOf('description')}
          onChange={setDescription}
        />
        <PhotoStrip
          label={`照片（选填，最多 ${MAX_PHOTOS} 张）`}
          max={MAX_PHOTOS}
          previews={photos.previews}
          busy={photos.busy}
          error={photos.error ?? errorOf('photos')}
          onAdd={photos.add}
          onRemove={photos.remove}
        />
        <ChoiceChips
          name="contact"
          label="希望怎样联系您"
          options={CONTACT_METHODS}
          labels={CONTACT_LABELS}
          value={method}
          onChange={setMethod}
        />
        {method === 'phone' ? (
          <TextField
            name="phone"
            label="手机号"
            type="number"
            maxlength={11}
            value={phone}
            placeholder="11位手机号"
            error={errorOf('contact')}
            onChange={setPhone}
          />
        ) : null}
        <ChoiceChips
          name="urgency"
          label="紧急程度"
          options={['normal', 'urgent'] as const}
          labels={URGENCY_LABELS}
          value={urgency}
          onChange={setUrgency}
        />
        {submit.error && !submit.error.field ? <Text className="field-error">{submit.error.message}</Text> : null}
        <Button
          className="btn btn-primary"
          data-testid="submit-request"
          disabled={submit.loading || photos.busy}
          onClick={() => void send()}
        >
          {submit.loading ? '正在提交…' : '提交诉求'}
        </Button>
        <Text className="muted">提交后会得到诉求编号，可随时查看办理进度。</Text>
      </View>
    </PageShell>
  );
}
