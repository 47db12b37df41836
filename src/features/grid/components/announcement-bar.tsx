import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { GroupView } from '@types-contract/groups/views';
import { setAnnouncement, setAnnouncementsOnly } from '@types-contract/groups/contracts';
import { TextAreaField } from '../../../components/text-area-field';
import { useAction } from '../../../lib/cloud';
import { AppSwitch } from '../../../components/app-switch';
import { BusyButton } from '../../../components/busy-button';

/** 群公告 on top; the team edits it; the leader (and staff above) switch announcements-only. */
export function AnnouncementBar({ group, onChange }: { group: GroupView; onChange: (g: GroupView) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(group.announcement?.text ?? '');
  const pin = useAction(setAnnouncement);
  const mode = useAction(setAnnouncementsOnly);
  const save = async (value: string | null) => {
    const res = await pin.run({ groupId: group.id, text: value });
    if (res) {
      onChange(res.group);
      setEditing(false);
    }
  };
  return (
    <View className="card announcement" data-testid="announcement">
      <Text className="card-title">群公告</Text>
      {group.announcement ? (
        <Text className="text-block" style={{ whiteSpace: 'pre-wrap' }}>
          {group.announcement.text}
        </Text>
      ) : (
        <Text className="muted">暂无群公告</Text>
      )}
      {group.announcementsOnly ? <Text className="muted">本群目前为仅公告模式：只有网格员可以发言。</Text> : null}
      {group.abilities.canPin && !editing ? (
        <Button className="btn btn-plain btn-small" onClick={() => setEditing(true)}>
          编辑群公告
        </Button>
      ) : null}
      {editing ? (
        <View>
          <TextAreaField
            name="announcement"
            label="群公告"
            value={text}
            placeholder="例如：本周六上午在社区服务站集中办理优待证"
            maxlength={300}
            error={pin.error?.message}
            onChange={setText}
          />
          <BusyButton className="btn btn-primary btn-small" busy={pin.loading} onClick={() => void save(text)}>
            保存公告
          </BusyButton>
          <Button className="btn btn-plain btn-small" onClick={() => void save(null)}>
            清除公告
          </Button>
        </View>
      ) : null}
      {group.abilities.canSetMode ? (
        <View className="row">
          <Text>仅公告模式</Text>
          <AppSwitch
            label="仅公告模式"
            checked={group.announcementsOnly}
            onChange={(on) => void mode.run({ groupId: group.id, on }).then((r) => r && onChange(r.group))}
          />
        </View>
      ) : null}
    </View>
  );
}
