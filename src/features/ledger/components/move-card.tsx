import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { moveFile } from '@types-contract/ledger/edits';
import { OrgLevelList } from '../../../components/org-picker/org-level-list';
import { useGridPicker } from '../../../components/org-picker/use-grid-picker';
import { useAction } from '../../../lib/cloud';

/** 迁移网格: the person moved house; pick street → community → grid and say why. History stays with the file. */
export function MoveCard({
  veteranId,
  currentGridId,
  onDone,
}: {
  veteranId: string;
  currentGridId: string;
  onDone: (title: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const picker = useGridPicker(open);
  const move = useAction(moveFile);
  const { choice } = picker;
  if (!open) {
    return (
      <View className="card">
        <Button className="btn btn-plain" onClick={() => setOpen(true)}>
          迁移网格
        </Button>
      </View>
    );
  }
  const submit = async () => {
    if (!choice.grid) return;
    const done = await move.run({ veteranId, toGridId: choice.grid.id, note });
    if (done) {
      setOpen(false);
      onDone(`已迁至${done.gridName}`);
    }
  };
  return (
    <View data-testid="move-card">
      <View className="card">
        <Text className="card-title">迁移网格</Text>
        <Text className="muted">
          本人搬家后，把档案迁到新住址所在的网格。档案和变更记录随人迁移，由新网格的网格员继续维护。
        </Text>
      </View>
      <OrgLevelList
        title="镇/街道"
        query={picker.streets}
        selectedId={choice.street?.id}
        onChoose={picker.chooseStreet}
      />
      {choice.street ? (
        <OrgLevelList
          title="社区"
          query={picker.communities}
          selectedId={choice.community?.id}
          onChoose={picker.chooseCommunity}
        />
      ) : null}
      {choice.community ? (
        <OrgLevelList title="网格" query={picker.grids} selectedId={choice.grid?.id} onChoose={picker.chooseGrid} />
      ) : null}
      <View className="card">
        {choice.grid ? (
          <Text className="text-block">
            迁至：{choice.street?.name} · {choice.community?.name} · {choice.grid.name}
            {choice.grid.id === currentGridId ? '（即现在的网格）' : ''}
          </Text>
        ) : null}
        <View className="field">
          <Text className="field-label">迁移原因</Text>
          <Input
            className="field-input"
            name="moveNote"
            value={note}
            placeholder="例如：搬到朝阳社区居住"
            onInput={(e) => setNote(e.detail.value)}
          />
        </View>
        {move.error ? <Text className="field-error">{move.error.message}</Text> : null}
        <Button
          className="btn btn-primary"
          disabled={!choice.grid || move.loading || undefined}
          onClick={() => void submit()}
        >
          确认迁移
        </Button>
        <Button className="btn btn-plain" onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  );
}
