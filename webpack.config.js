'use strict';
/**
 * Builds the task pane: dist/taskpane.html + JS, the icons, support.html and the manifest.
 * - `npm run build` (production): contenthash names, one small initial chunk; ExcelJS, the sheet
 *   builder, the Office.js writer and the CSV parser load on demand (import() in src/taskpane).
 *   ADDIN_URL=https://example.org/ips rewrites the manifest's URLs in dist/manifest.xml.
 * - `npm run dev-server` / `npm start`: HTTPS on localhost:3000 (see scripts/dev-certs.js).
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { substituteAddinUrl } = require('./scripts/manifest-url');
const pkg = require('./package.json');

const DEV_PORT = 3000;

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const addinUrl = process.env.ADDIN_URL;

  const config = {
    mode: production ? 'production' : 'development',
    // Office on Windows may still use the WebView2 or older Edge engines: keep output ES2020.
    target: ['web', 'es2020'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Chunks load relative to the script, so the add-in works under any path (ADDIN_URL=…/ips).
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // ExcelJS's browser build is self-contained; these Node modules are never used in the pane.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      // The prebuilt ExcelJS bundle needs no parsing (faster builds; it is already minified).
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; here only transpile what is bundled.
            options: {
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false, module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // One vendor-free initial file keeps "ready" to one request after the HTML.
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 10 },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      // The budget that matters is the initial JS (≤ 150 KB gzipped, ≈ 600 KB raw); ExcelJS is lazy.
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 1200 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.includes('exceljs'),
    },
    plugins: [
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl ? substituteAddinUrl(content.toString(), addinUrl) : content),
          },
        ],
      }),
    ],
  };

  if (serving) {
    const { devServerHttps } = require('./scripts/dev-certs');
    const { server, note } = await devServerHttps();
    console.log(`[ips-planner] HTTPS: ${note}`);
    config.devServer = {
      port: DEV_PORT,
      host: 'localhost',
      server,
      hot: false,
      // Office loads the pane in an iframe on another origin (Excel on the web).
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
      allowedHosts: 'all',
    };
  }
  return config;
};
