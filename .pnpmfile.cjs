// better-sqlite3 compiles from source here; node-gyp must use the machine's Node headers
// instead of downloading them (no internet). pnpm ignores `nodedir` in .npmrc, so set it here.
const fs = require('node:fs');

function readPackage(pkg) {
  return pkg;
}

module.exports = {
  hooks: {
    readPackage,
    updateConfig(config) {
      if (fs.existsSync('/usr/include/node/node_version.h')) {
        config.extraEnv = { ...(config.extraEnv || {}), npm_config_nodedir: '/usr' };
      }
      return config;
    },
  },
};
