/** @jest-environment node */
/**
 * No page passes `loading` to Taro's Button (issue 14). On H5 Taro's button inserts its spinner element
 * among the children React manages; when the label then changes React fails with `insertBefore` (the report
 * form's 「十个严禁」 and photo buttons did, in 长辈模式). An action in flight uses components/busy-button.tsx.
 * Read from the parsed TSX of every source file, so a new `loading` fails here rather than on a phone.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.tsx') ? [full] : [];
  });
}

/** `file:line` of every Taro Button element given a `loading` attribute. */
function loadingButtons(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : null;
    if (
      opening &&
      opening.tagName.getText() === 'Button' &&
      opening.attributes.properties.some((a) => ts.isJsxAttribute(a) && a.name.getText() === 'loading')
    ) {
      const { line } = sf.getLineAndCharacterOfPosition(opening.getStart());
      found.push(`${path.relative(SRC, file)}:${line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('no source file gives a Taro Button the loading attribute', () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap((f) => loadingButtons(f))).toEqual([]);
});

test('the check finds loading on a Button, across lines and self-closing, and not on other elements', () => {
  const sample = `
    const a = <Button className="btn" loading={busy} onClick={() => go()}>发送</Button>;
    const b = (
      <Button
        className="btn"
        loading
      />
    );
    const c = <BusyButton className="btn" busy={busy}>发送</BusyButton>;
    const d = <View loading={x}>…</View>;
  `;
  expect(loadingButtons(path.join(SRC, 'sample.tsx'), sample)).toEqual(['sample.tsx:2', 'sample.tsx:4']);
});
