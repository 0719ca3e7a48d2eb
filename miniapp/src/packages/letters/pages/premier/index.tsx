import { WritePage } from '../../components/WritePage';

export default function PremierMessagePage() {
  return <WritePage channel="premier" />;
}
