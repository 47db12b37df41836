import { Button, Text, View } from '@tarojs/components';
import { listChildren } from '@types-contract/org/queries';
import { useQuery } from '../../../lib/cloud';

export interface PlaceChoice {
  id: string;
  name: string;
}

interface Props {
  label: string;
  testId: string;
  /** The organiser node: the audience is it (全辖区) or one place directly under it. */
  root: PlaceChoice;
  value: PlaceChoice | null;
  onChange: (value: PlaceChoice) => void;
}

/** Who the activity is for: the organiser's whole area, or one community or grid under it (big buttons). */
export function AudiencePicker({ label, testId, root, value, onChange }: Props) {
  const children = useQuery(listChildren, { parentId: root.id, includeUnits: false });
  const options = [{ id: root.id, name: `${root.name}（全辖区）` }, ...(children.data?.items ?? [])];
  return (
    <View className="field" data-field={testId}>
      <Text className="field-label">{label}</Text>
      <View className="chips">
        {options.map((o) => (
          <Button
            key={o.id}
            className={`btn btn-small chip ${value?.id === o.id ? 'chip-on btn-primary' : 'btn-plain'}`}
            data-testid={`${testId}-${o.id}`}
            onClick={() => onChange({ id: o.id, name: o.name })}
          >
            {o.name}
          </Button>
        ))}
      </View>
      {children.error ? <Text className="field-error">{children.error.message}</Text> : null}
    </View>
  );
}
