import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { editNotice } from '@types-contract/notices/contracts';
import { NOTICE_LIMITS } from '@types-contract/notices/model';
import type { NoticeDetail } from '@types-contract/notices/views';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';

const DAY_MS = 86_400_000;

/** The publisher corrects a notice; readers then see 已修改（第N版）. Category, expiry and 需确认 are kept. */
export function EditNoticeCard({ notice, onSaved }: { notice: NoticeDetail; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(notice.title);
  const [body, setBody] = useState(notice.body);
  const edit = useAction(editNotice);
  const field = edit.error?.field;
  if (!open) return <Button className='btn btn-plain' onClick={() => setOpen(true)}>修改通知</Button>;
  const save = async () => {
    const daysLeft = Math.max(1, Math.ceil((Date.parse(notice.expiresAt) - Date.now()) / DAY_MS));
    const done = await edit.run({ noticeId: notice.id, title, body, category: notice.category, expiresInDays: Math.min(daysLeft, NOTICE_LIMITS.expiryDaysMax), requireAck: notice.requireAck });
    if (done) {
      setOpen(false);
      onSaved();
    }
  };
  return (
    <View data-testid='edit-notice'>
      <TextField name='edit-title' label='标题' value={title} placeholder='标题' maxlength={NOTICE_LIMITS.titleMax} error={field === 'title' ? edit.error?.message : undefined} onChange={setTitle} />
      <View className='field'>
        <Text className='field-label'>正文</Text>
        <Textarea className='textarea' name='edit-body' value={body} maxlength={NOTICE_LIMITS.bodyMax} onInput={(e) => setBody(e.detail.value)} />
        {field === 'body' ? <Text className='field-error'>{edit.error?.message}</Text> : null}
      </View>
      {edit.error && !['title', 'body'].includes(field ?? '') ? <Text className='field-error'>{edit.error.message}</Text> : null}
      <Button className='btn btn-primary' disabled={edit.loading || undefined} onClick={() => void save()}>保存修改</Button>
      <Button className='btn btn-plain' onClick={() => setOpen(false)}>取消</Button>
    </View>
  );
}
