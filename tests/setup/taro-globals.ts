// The constants Taro's webpack build injects (DefinePlugin), for component tests in jsdom.
// The component project renders the H5 variants, so these match the H5 build.
const g = globalThis as Record<string, unknown>;

g.ENABLE_INNER_HTML = true;
g.ENABLE_ADJACENT_HTML = true;
g.ENABLE_SIZE_APIS = true;
g.ENABLE_TEMPLATE_CONTENT = true;
g.ENABLE_CLONE_NODE = true;
g.ENABLE_CONTAINS = true;
g.ENABLE_MUTATION_OBSERVER = true;
g.DEPRECATED_ADAPTER_COMPONENT = false;
g.SUPPORT_DINGTALK_NAVIGATE = 'disabled';
g.LOCAL_CLOUD = true;
g.CLOUD_ENV = 'vetgrid-test';
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
