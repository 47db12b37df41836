import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { groupMembers, postMessage, uploadGroupImage } from '@types-contract/groups/contracts';
import type { MessageItem } from '@types-contract/groups/views';
import { MESSAGE_LIMITS } from '@types-contract/groups/model';
import { useAction, useQuery } from '../../../lib/cloud';
import { FIT_FOR_CHECK, pickImages, uploadImage } from '../../../lib/uploads';
import { toCloudError } from '../../../lib/cloud/use-query';
import { MentionPicker } from './mention-picker';
import { BusyButton } from '../../../components/busy-button';

/** Text, @mention (picked from the member list) and images; errors (rate limit, content check) in words. */
export function Composer({ groupId, onSent }: { groupId: string; onSent: (item: MessageItem) => void }) {
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<{ key: string; name: string }[]>([]);
  const [picking, setPicking] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const members = useQuery(groupMembers, { groupId }, { enabled: picking });
  const post = useAction(postMessage);
  const send = async (imageFileId: string | null = null) => {
    const kept = mentions.filter((m) => text.includes(`@${m.name}`));
    const res = await post.run({
      groupId,
      text: imageFileId ? '' : text,
      imageFileId,
      mentions: imageFileId ? [] : kept.map((m) => m.key),
    });
    if (res) {
      onSent(res.item);
      if (!imageFileId) {
        setText('');
        setMentions([]);
      }
    }
  };
  const sendImage = async () => {
    setUploadError(null);
    try {
      const [path] = await pickImages(1);
      if (!path) return;
      const { fileId } = await uploadImage(uploadGroupImage, path, (source) => ({ groupId, ...source }), {
        fit: FIT_FOR_CHECK,
      });
      await send(fileId);
    } catch (err) {
      setUploadError(toCloudError(err).message);
    }
  };
  return (
    <View className="composer" data-testid="composer">
      {picking ? (
        <MentionPicker
          members={members.data?.items}
          onClose={() => setPicking(false)}
          onPick={(m) => {
            setMentions([...mentions, m]);
            setText(`${text}@${m.name} `);
            setPicking(false);
          }}
        />
      ) : null}
      <View className="composer-row">
        <Input
          className="field-input"
          name="message"
          value={text}
          maxlength={MESSAGE_LIMITS.textMax}
          placeholder="输入消息"
          confirmType="send"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => void send()}
        />
        <BusyButton className="btn btn-primary btn-small" busy={post.loading} onClick={() => void send()}>
          发送
        </BusyButton>
      </View>
      <View className="composer-row">
        <Button className="btn btn-plain btn-small" onClick={() => setPicking(true)}>
          @提醒
        </Button>
        <Button className="btn btn-plain btn-small" onClick={() => void sendImage()}>
          发图片
        </Button>
      </View>
      {post.error || uploadError ? (
        <Text className="field-error" data-testid="composer-error">
          {post.error?.message ?? uploadError}
        </Text>
      ) : null}
    </View>
  );
}
