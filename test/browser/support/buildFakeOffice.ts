import { join } from 'node:path';
import webpack from 'webpack';

const ROOT = join(__dirname, '../../..');
export const FAKE_OFFICE_BUNDLE = join(ROOT, 'test-artifacts', 'fake-office', 'fake-office.js');

/** Bundles fakeOffice.entry.ts for the browser (test-artifacts/fake-office/fake-office.js). */
export function buildFakeOffice(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: ['web', 'es2020'],
    entry: join(__dirname, 'fakeOffice.entry.ts'),
    output: { path: join(ROOT, 'test-artifacts', 'fake-office'), filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } },
          },
        },
      ],
    },
  });
  if (!compiler) throw new Error('webpack returned no compiler for the fake Office bundle');
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(FAKE_OFFICE_BUNDLE);
    }),
  );
}
