// A stand-in for the tencentcloud Terraform provider, so that real Terraform writes real plans and
// states of tcam's fixtures (scripts/real-plans/generate.sh): it serves the provider's schema
// (../../../../shared/provider-schema, as `terraform providers schema -json` writes it) over Terraform's
// plugin protocol 6 (provider.proto: the messages it needs, as Terraform's protocol defines them),
// plans every computed attribute left null as unknown, and applies them with made-up values (ids
// made from each resource's arguments, so a run gives the same ids). It calls no Tencent API.
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');
const { Encoder, Decoder, ExtensionCodec } = require('@msgpack/msgpack');
const fs = require('fs');
const path = require('path');
const log = (...a) => process.stderr.write(`${a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')}\n`);

const SCHEMA_FILE = process.env.TCAM_PROVIDER_SCHEMA;
const all = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')).provider_schemas;
const schemaJson = Object.values(all)[0];

class Unknown { constructor(type, data) { this.type = type; this.data = data; } }
const codec = new ExtensionCodec();
for (const t of [0, 12]) codec.register({ type: t, encode: (v) => (v instanceof Unknown && v.type === t ? v.data : null), decode: (d) => new Unknown(t, d) });
const decode = (buf) => (buf?.length ? new Decoder({ extensionCodec: codec, useBigInt64: false }).decode(buf) : null);
const encode = (v) => Buffer.from(new Encoder({ extensionCodec: codec, ignoreUndefined: false }).encode(v));
const UNKNOWN = () => new Unknown(0, new Uint8Array(0));

const NEST = { single: 1, list: 2, set: 3, map: 4, group: 5 };
function block(b) {
  return {
    version: 0,
    attributes: Object.entries(b.attributes || {}).map(([name, a]) => ({ name, type: Buffer.from(JSON.stringify(a.type)), description: '', required: !!a.required, optional: !!a.optional, computed: !!a.computed, sensitive: !!a.sensitive, deprecated: !!a.deprecated })),
    block_types: Object.entries(b.block_types || {}).map(([name, t]) => ({ type_name: name, block: block(t.block), nesting: NEST[t.nesting_mode], min_items: t.min_items || 0, max_items: t.max_items || 0 })),
  };
}
const schema = (s) => ({ version: s.version || 0, block: block(s.block) });
const resourceSchemas = Object.fromEntries(Object.entries(schemaJson.resource_schemas || {}).map(([k, v]) => [k, schema(v)]));
const dataSchemas = Object.fromEntries(Object.entries(schemaJson.data_source_schemas || {}).map(([k, v]) => [k, schema(v)]));

// An id is a number made from what the resource is (its type and its known arguments): the same
// configuration gets the same ids, whatever order Terraform creates its resources in.
function idOf(seed) {
  const hash = require('crypto').createHash('sha256').update(seed).digest();
  return String(100000 + (hash.readUInt32BE(0) % 900000));
}
const known = (v) => JSON.stringify(v, (_k, x) => (x instanceof Unknown ? null : x));
/** A made-up value of a cty type. */
function sample(type, name, seed) {
  if (type === 'string') return name === 'id' || name.endsWith('_id') ? idOf(`${seed}/${name}`) : `${name}-value`;
  // A uin or an id is one of its own; any other number, 1.
  if (type === 'number') return name === 'uin' || name === 'uid' || name.endsWith('_id') ? Number(idOf(`${seed}/${name}`)) : 1;
  if (type === 'bool') return false;
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return Array.isArray(type[1]) && type[1][0] === 'object' ? [sampleObject(type[1][1], `${seed}/${name}/0`)] : [];
  if (Array.isArray(type) && type[0] === 'map') return {};
  if (Array.isArray(type) && type[0] === 'object') return sampleObject(type[1], `${seed}/${name}`);
  return null;
}
function sampleObject(attrs, seed) {
  return Object.fromEntries(Object.entries(attrs).map(([k, t]) => [k, sample(t, k, seed)]));
}

function planned(typeName, prior, proposed, data) {
  if (proposed === null) return null;
  const s = (data ? schemaJson.data_source_schemas : schemaJson.resource_schemas)[typeName].block;
  const out = { ...proposed };
  for (const [name, a] of Object.entries(s.attributes || {})) {
    if (a.computed && (out[name] === null || out[name] === undefined)) out[name] = prior && prior[name] !== undefined && prior[name] !== null ? prior[name] : UNKNOWN();
  }
  return out;
}
function applied(typeName, value, data) {
  if (value === null) return null;
  const s = (data ? schemaJson.data_source_schemas : schemaJson.resource_schemas)[typeName].block;
  const out = { ...value };
  const seed = `${typeName}/${known(value)}`;
  for (const [name, a] of Object.entries(s.attributes || {})) {
    if (!(out[name] instanceof Unknown)) continue;
    out[name] = sample(a.type, name, seed);
    // A lookup finds what its filters name: each element takes the value of a filter of its name.
    if (data && Array.isArray(out[name])) for (const el of out[name]) for (const k of Object.keys(el)) if (typeof value[k] === 'string' || typeof value[k] === 'number') el[k] = value[k];
  }
  return out;
}
const dv = (v) => ({ msgpack: encode(v) });

const impl = {
  GetMetadata: (_c, cb) => cb(null, { server_capabilities: { plan_destroy: false, get_provider_schema_optional: false } }),
  GetProviderSchema: (_c, cb) => cb(null, { provider: schema(schemaJson.provider), resource_schemas: resourceSchemas, data_source_schemas: dataSchemas, server_capabilities: {} }),
  ValidateProviderConfig: (_c, cb) => cb(null, {}),
  ValidateResourceConfig: (_c, cb) => cb(null, {}),
  ValidateDataResourceConfig: (_c, cb) => cb(null, {}),
  UpgradeResourceState: (c, cb) => cb(null, { upgraded_state: { json: c.request.raw_state.json } }),
  ConfigureProvider: (_c, cb) => cb(null, {}),
  ReadResource: (c, cb) => cb(null, { new_state: c.request.current_state, private: c.request.private }),
  PlanResourceChange: (c, cb) => {
    try {
      const r = c.request;
      const v = planned(r.type_name, decode(r.prior_state?.msgpack), decode(r.proposed_new_state?.msgpack));
      cb(null, { planned_state: dv(v), planned_private: r.prior_private });
    } catch (e) { log('plan error', String(e.stack)); cb(null, { diagnostics: [{ severity: 1, summary: String(e) }] }); }
  },
  ApplyResourceChange: (c, cb) => {
    try {
      const r = c.request;
      cb(null, { new_state: dv(applied(r.type_name, decode(r.planned_state?.msgpack))), private: r.planned_private });
    } catch (e) { log('apply error', String(e.stack)); cb(null, { diagnostics: [{ severity: 1, summary: String(e) }] }); }
  },
  ReadDataSource: (c, cb) => {
    try {
      const r = c.request;
      const state = applied(r.type_name, planned(r.type_name, null, decode(r.config?.msgpack), true), true);
      // A policy lookup without a name finds every policy of the account: here, three presets.
      if (r.type_name === 'tencentcloud_cam_policies' && state.name === null) {
        state.policy_list = ['AdministratorAccess', 'QcloudCOSReadOnlyAccess', 'QcloudCVMReadOnlyAccess'].map((name) => ({ ...state.policy_list[0], name, policy_id: idOf(name) }));
      }
      cb(null, { state: dv(state) });
    } catch (e) { log('read error', String(e.stack)); cb(null, { diagnostics: [{ severity: 1, summary: String(e) }] }); }
  },
  GetFunctions: (_c, cb) => cb(null, {}),
  StopProvider: (_c, cb) => cb(null, {}),
};

const opts = { keepCase: true, longs: Number, enums: Number, defaults: true, oneofs: true };
const load = (f) => grpc.loadPackageDefinition(loader.loadSync(path.join(__dirname, f), opts));
const tf = load('provider.proto').tfplugin6;
const plugin = load('plugin.proto').plugin;
const health = load('health.proto').grpc.health.v1;
const server = new grpc.Server();
server.addService(tf.Provider.service, impl);
server.addService(plugin.GRPCController.service, { Shutdown: (_c, cb) => { cb(null, {}); setTimeout(() => process.exit(0), 10); } });
server.addService(plugin.GRPCStdio.service, { StreamStdio: (_call) => { /* nothing to stream */ } });
server.addService(plugin.GRPCBroker.service, { StartStream: (call) => { call.on('data', () => {}); } });
server.addService(health.Health.service, { Check: (_c, cb) => cb(null, { status: 1 }) });
// go-plugin's AutoMTLS: Terraform gives its client certificate; the server answers with its own (DER, base64 without padding).
function credentials() {
  const client = process.env.PLUGIN_CLIENT_CERT;
  if (!client) return { creds: grpc.ServerCredentials.createInsecure(), cert: '' };
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'fakeprov-'));
  const { execFileSync } = require('child_process');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=digitalSignature,keyEncipherment,keyCertSign', '-addext', 'extendedKeyUsage=serverAuth,clientAuth'], { stdio: 'ignore' });
  const der = execFileSync('openssl', ['x509', '-in', `${dir}/cert.pem`, '-outform', 'DER']);
  const creds = grpc.ServerCredentials.createSsl(Buffer.from(client), [{ private_key: fs.readFileSync(`${dir}/key.pem`), cert_chain: fs.readFileSync(`${dir}/cert.pem`) }], true);
  fs.rmSync(dir, { recursive: true, force: true });
  return { creds, cert: der.toString('base64').replace(/=+$/, '') };
}
const { creds, cert } = credentials();
server.bindAsync('127.0.0.1:0', creds, (err, port) => {
  if (err) { log('bind', String(err)); process.exit(1); }
  process.stdout.write(`1|6|tcp|127.0.0.1:${port}|grpc|${cert}\n`);
});
process.on('SIGTERM', () => process.exit(0));
