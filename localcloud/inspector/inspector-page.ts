/**
 * What CORS allows a configured dev origin on the inspector API (the token header for writes included);
 * other origins are refused before this.
 */
export const INSPECTOR_CORS = { methods: 'GET, POST, OPTIONS', headers: 'content-type, x-inspector-token' };

/** The page carries the write token: never cached, never framed by another page (no clickjacked reset). */
export const INSPECTOR_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/**
 * GET /_inspector: one plain page over the JSON API (no framework, no build step). It alone gets the
 * per-start token its writes (reset, firing a trigger) must send: another site cannot read this page.
 */
export const inspectorPage = (token: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="inspector-token" content="${token}">
<title>本地云检查器</title>
<style>
  body { font: 14px/1.5 system-ui, sans-serif; margin: 0; display: flex; min-height: 100vh; color: #222; }
  nav { width: 220px; background: #f3f4f6; padding: 12px; box-sizing: border-box; }
  nav h1 { font-size: 16px; margin: 0 0 12px; }
  nav button { display: block; width: 100%; text-align: left; margin: 2px 0; padding: 6px 8px; border: 0;
    background: none; cursor: pointer; border-radius: 4px; }
  nav button:hover, nav button.active { background: #dbeafe; }
  main { flex: 1; padding: 16px; overflow: auto; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
  pre { margin: 0; white-space: pre-wrap; word-break: break-all; font-size: 12px; }
  .bar { display: flex; gap: 8px; margin-bottom: 12px; align-items: center; }
  .bar input { flex: 1; font-family: monospace; padding: 4px; }
  .danger { color: #b91c1c; }
</style>
</head>
<body>
<nav>
  <h1>本地云检查器</h1>
  <div id="collections"></div>
  <hr>
  <button data-view="outbox">订阅消息发件箱</button>
  <button data-view="files">云存储文件</button>
  <button data-view="requests">请求计量</button>
  <button data-view="triggers">定时触发器</button>
  <hr>
  <button id="reset" class="danger">清空全部数据</button>
</nav>
<main id="main"><p>请选择左侧的集合或视图。</p></main>
<script>
const token = document.querySelector('meta[name="inspector-token"]').content;
const api = (p, opts) => fetch('/_inspector/api/' + p,
  opts && opts.method === 'POST' ? { ...opts, headers: { 'x-inspector-token': token } } : opts).then(async (r) => {
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
});
const esc = (v) => String(v).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const json = (v) => '<pre>' + esc(JSON.stringify(v, null, 2)) + '</pre>';
const main = document.getElementById('main');
function table(rows, cols) {
  if (!rows.length) return '<p>（空）</p>';
  return '<table><tr>' + cols.map((c) => '<th>' + esc(c[0]) + '</th>').join('') + '</tr>' +
    rows.map((r) => '<tr>' + cols.map((c) => '<td>' + c[1](r) + '</td>').join('') + '</tr>').join('') + '</table>';
}
async function loadCollections() {
  const { collections } = await api('collections');
  document.getElementById('collections').innerHTML = collections.length
    ? collections.map((c) => '<button data-collection="' + esc(c.name) + '">' + esc(c.name) + '（' + c.count + '）</button>').join('')
    : '<p>还没有集合</p>';
}
async function showCollection(name, filter, skip) {
  filter = filter || '{}'; skip = skip || 0;
  main.innerHTML = '<h2>' + esc(name) + '</h2><div class="bar"><input id="filter" value="' + esc(filter) +
    '" title="JSON 筛选条件，例如 {&quot;status&quot;:&quot;open&quot;}"><button id="apply">筛选</button></div><div id="docs">加载中…</div>';
  document.getElementById('apply').onclick = () => showCollection(name, document.getElementById('filter').value, 0);
  try {
    const page = await api('collections/' + encodeURIComponent(name) + '/docs?limit=50&skip=' + skip + '&filter=' + encodeURIComponent(filter));
    const more = skip + page.docs.length < page.total
      ? '<p><button id="next">下一页</button></p>' : '';
    document.getElementById('docs').innerHTML = '<p>共 ' + page.total + ' 条，显示第 ' + (skip + 1) + '–' + (skip + page.docs.length) +
      ' 条</p>' + table(page.docs, [['文档', json]]) + more;
    if (more) document.getElementById('next').onclick = () => showCollection(name, filter, skip + 50);
  } catch (e) { document.getElementById('docs').innerHTML = '<p class="danger">' + esc(e.message) + '</p>'; }
}
const views = {
  async outbox() {
    const { messages } = await api('outbox');
    main.innerHTML = '<h2>订阅消息发件箱</h2>' + table(messages, [['时间', (m) => esc(m.sentAt)], ['接收者', (m) => esc(m.touser)],
      ['模板', (m) => esc(m.templateId)], ['页面', (m) => esc(m.page || '')], ['内容', (m) => json(m.data)]]);
  },
  async files() {
    const { files } = await api('files');
    main.innerHTML = '<h2>云存储文件</h2>' + table(files, [['fileID', (f) => esc(f.fileID)], ['大小', (f) => f.size + ' 字节'],
      ['类型', (f) => esc(f.contentType)], ['上传时间', (f) => esc(f.uploadedAt)],
      ['打开', (f) => '<a target="_blank" href="' + esc(f.tempFileURL) + '">临时链接</a>']]);
  },
  async requests() {
    const { requests } = await api('requests');
    main.innerHTML = '<h2>请求计量</h2>' + table(requests, [['开始', (r) => esc(r.startedAt)], ['云函数', (r) => esc(r.functionName || '')],
      ['OPENID', (r) => esc(r.identity ? r.identity.OPENID : '')], ['状态', (r) => esc(r.status)],
      ['读', (r) => r.reads], ['写', (r) => r.writes], ['requestId', (r) => esc(r.requestId)]]);
  },
  async triggers() {
    const { triggers } = await api('triggers');
    main.innerHTML = '<h2>定时触发器</h2>' + table(triggers, [['云函数', (t) => esc(t.functionName)], ['名称', (t) => esc(t.triggerName)],
      ['cron', (t) => esc(t.cron)], ['下次执行', (t) => esc(t.nextRun || '未调度')]]);
  },
};
document.addEventListener('click', async (e) => {
  const el = e.target.closest('button');
  if (!el) return;
  document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('active', b === el));
  try {
    if (el.dataset.collection) await showCollection(el.dataset.collection);
    else if (el.dataset.view) await views[el.dataset.view]();
    else if (el.id === 'reset' && confirm('确定清空数据库、文件、发件箱和计量吗？')) {
      await api('reset', { method: 'POST' });
      main.innerHTML = '<p>已清空。</p>';
      await loadCollections();
    }
  } catch (err) { main.innerHTML = '<p class="danger">' + esc(err.message) + '</p>'; }
});
loadCollections().catch((err) => { main.innerHTML = '<p class="danger">' + esc(err.message) + '</p>'; });
</script>
</body>
</html>
`;
