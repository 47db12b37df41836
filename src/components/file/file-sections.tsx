import { Button, Text, View } from '@tarojs/components';
import type { FileField } from '@types-contract/veteran/fields';
import type { FileView } from '@types-contract/veteran/views';

interface FileSectionsProps {
  file: FileView;
  /** When given, each field a veteran may correct gets a 申请更正 button. */
  onCorrect?: (field: FileField, label: string, value: string) => void;
}

/** A file's sections and fields as everyone reads them: numbers masked, empty fields said so. */
export function FileSections({ file, onCorrect }: FileSectionsProps) {
  return (
    <View data-testid="file-sections">
      {file.sections.map((section) => (
        <View key={section.section} className="card">
          <Text className="card-title">
            {section.label}
            {section.required && !section.filled ? '（待补全）' : ''}
          </Text>
          {section.fields.map((f) => (
            <View key={f.field} className="list-item" data-field={f.field}>
              <View>
                <Text className="muted">{f.label}</Text>
                <Text className="text-block">{f.value || '未填写'}</Text>
              </View>
              {onCorrect && !f.staffOnly ? (
                <Button className="btn btn-plain btn-small" onClick={() => onCorrect(f.field, f.label, f.value)}>
                  申请更正
                </Button>
              ) : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
