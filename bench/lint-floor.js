// The floor of linting a Terraform JSON file: read it, JSON.parse it, JSON.parse every document.
const { readFileSync } = require('fs');
const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let n = 0;
for (const body of Object.values(config.resource.tencentcloud_cam_policy)) {
  JSON.parse(body.document);
  n++;
}
process.stdout.write(String(n));
