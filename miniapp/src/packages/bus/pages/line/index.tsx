import { Text } from '@tarojs/components';
import { PageShell } from '../../../../components/PageShell';

export default function Placeholder() {
  return (
    <PageShell title="…" testId="page-placeholder">
      <Text>…</Text>
    </PageShell>
  );
}
