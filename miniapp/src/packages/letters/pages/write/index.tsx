import { WritePage } from '../../components/WritePage';

export default function LetterWritePage() {
  return <WritePage channel="city" />;
}
