import { Button, Text, View } from '@tarojs/components';
import type { OrgNodeView } from '@types-contract/org/queries';
import type { QueryState } from '../../../lib/cloud';
import type { GridChoice } from '../../../components/org-picker/use-grid-picker';
import { OrgLevelList } from '../../../components/org-picker/org-level-list';
import { BusyButton } from '../../../components/busy-button';

type Level = QueryState<{ items: OrgNodeView[] }>;

interface GridPickerProps {
  choice: GridChoice;
  streets: Level;
  communities: Level;
  grids: Level;
  submitting: boolean;
  onStreet: (node: OrgNodeView) => void;
  onCommunity: (node: OrgNodeView) => void;
  onGrid: (node: OrgNodeView) => void;
  onSubmit: () => void;
  onBack: () => void;
}

/** No file matched: the person says where they live, and the grid member of that grid will check. */
export function GridPicker(props: GridPickerProps) {
  const { choice } = props;
  return (
    <View data-testid="grid-picker">
      <View className="card">
        <Text className="card-title">请选择您居住的网格</Text>
        <Text className="text-block">
          没有找到与您信息相符的档案。请选择您居住的街道、社区和网格，提交后由该网格的网格员核实。
        </Text>
      </View>
      <OrgLevelList title="镇/街道" query={props.streets} selectedId={choice.street?.id} onChoose={props.onStreet} />
      {choice.street ? (
        <OrgLevelList
          title="社区"
          query={props.communities}
          selectedId={choice.community?.id}
          onChoose={props.onCommunity}
        />
      ) : null}
      {choice.community ? (
        <OrgLevelList title="网格" query={props.grids} selectedId={choice.grid?.id} onChoose={props.onGrid} />
      ) : null}
      <View className="card">
        {choice.grid ? (
          <Text className="text-block">
            已选择：{choice.street?.name} · {choice.community?.name} · {choice.grid.name}
          </Text>
        ) : null}
        <BusyButton
          className="btn btn-primary"
          disabled={!choice.grid || props.submitting}
          busy={props.submitting}
          onClick={props.onSubmit}
        >
          提交登记
        </BusyButton>
        <Button className="btn btn-plain" onClick={props.onBack}>
          返回修改信息
        </Button>
      </View>
    </View>
  );
}
