import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LETTER_TOPICS, type PublicLetter } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote, type Remote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { describeError } from '../../../../services/error-words';
import { fetchDepartments } from '../../../../services/departments';
import { fetchPublicLetters } from '../../../../services/letters';
import { usePreferences } from '../../../../store/preferences';
import { TextField } from '../../../account/components/TextField';
import { Choices } from '../../../vaccination/components/Choices';
import { appendPage, boardQuery, type BoardFilters } from '../../board';
import { portalName } from '../../catalog';
import { PublicLetterCard } from '../../components/PublicLetterCard';
import { topicWords } from '../../format';
import { rememberPublicLetters } from '../../public-cache';
import { useLetterI18n } from '../../use-words';
import '../../letters.scss';

interface Board {
  items: PublicLetter[];
  nextCursor: string | null;
}

/**
 * The city's public answers (你问我答 in Shanghai, 问政回复 in Yinchuan, published letters in Chengdu):
 * published letters with their answers, by department and topic, searchable, 'load more' by cursor.
 */
export default function PublicAnswersPage() {
  const { t, text, locale } = useLetterI18n();
  const { params } = useRouter();
  const { city } = usePreferences();
  const [filters, setFilters] = useState<BoardFilters>(() => ({ departmentId: params.departmentId ? decodeURIComponent(params.departmentId) : undefined }));
  const [search, setSearch] = useState('');
  const [showDepartments, setShowDepartments] = useState(Boolean(params.departmentId));
  const [showTopics, setShowTopics] = useState(false);
  const [more, setMore] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const [board, setBoard] = useState<Board | undefined>(undefined);
  const departments = useRemote(() => fetchDepartments(city), [city]);
  const first: Remote<Board> = useRemote(
    () =>
      fetchPublicLetters(city, boardQuery(filters)).then((r) => {
        rememberPublicLetters(r.items);
        return r;
      }),
    [city, filters.departmentId, filters.topic, filters.q],
  );
  const sequence = useRef(0);
  useEffect(() => {
    sequence.current += 1;
    setBoard(first.data);
    setMore({ busy: false });
  }, [first.data]);

  const name = portalName(city, 'public-answers');
  const title = name ? text(name) : t('lt.board.chengdu');

  const loadMore = useCallback(async () => {
    if (!board?.nextCursor || more.busy) return;
    const id = sequence.current;
    setMore({ busy: true });
    try {
      const page = await fetchPublicLetters(city, boardQuery(filters, board.nextCursor));
      if (id !== sequence.current) return;
      rememberPublicLetters(page.items);
      setBoard((prev) => (prev ? { items: appendPage(prev.items, page.items), nextCursor: page.nextCursor } : prev));
      setMore({ busy: false });
    } catch (error) {
      if (id === sequence.current) setMore({ busy: false, error });
    }
  }, [board, city, filters, more.busy]);

  const deptName = departments.data?.departments.find((d) => d.id === filters.departmentId);
  const active = [deptName ? text(deptName.name) : '', filters.topic ? topicWords(filters.topic as never, locale) : '', filters.q ? `“${filters.q}”` : ''].filter(Boolean);

  return (
    <PageShell title={title} testId="page-public-answers">
      <View className="portal-section">
        <Heading level={1}>{title}</Heading>
        <Text className="portal-text-secondary">{t('lt.board.intro')}</Text>
        <View className="portal-form" role="search" aria-label={t('lt.board.search')}>
          <TextField
            id="board-search"
            testId="board-search"
            label={t('lt.board.search')}
            hint={t('lt.board.search.hint')}
            value={search}
            maxLength={50}
            onChange={setSearch}
            onConfirm={() => setFilters((f) => ({ ...f, q: search.trim() || undefined }))}
          />
          <ActionButton type="primary" size="large" block data-testid="board-search-submit" onClick={() => setFilters((f) => ({ ...f, q: search.trim() || undefined }))}>
            {t('lt.board.search.submit')}
          </ActionButton>
        </View>
        <View className="lt-filter-bar">
          <ActionButton size="large" block aria-expanded={showDepartments} data-testid="board-filter-department" onClick={() => setShowDepartments((v) => !v)}>
            {t('lt.board.department')}
          </ActionButton>
          <ActionButton size="large" block aria-expanded={showTopics} data-testid="board-filter-topic" onClick={() => setShowTopics((v) => !v)}>
            {t('lt.board.topic')}
          </ActionButton>
        </View>
      </View>
      {showDepartments ? (
        <DataView remote={departments} testId="board-departments">
          {(data) => (
            <Choices
              id="board-department"
              testId="board-department"
              heading={t('lt.board.department')}
              choices={[{ value: '', label: t('lt.board.all') }, ...data.departments.map((d) => ({ value: d.id, label: text(d.name) }))]}
              value={filters.departmentId ?? ''}
              onChange={(v) => setFilters((f) => ({ ...f, departmentId: v || undefined }))}
            />
          )}
        </DataView>
      ) : null}
      {showTopics ? (
        <Choices
          id="board-topic"
          testId="board-topic"
          heading={t('lt.board.topic')}
          choices={[{ value: '', label: t('lt.board.all') }, ...LETTER_TOPICS.map((v) => ({ value: v, label: topicWords(v, locale) }))]}
          value={filters.topic ?? ''}
          onChange={(v) => setFilters((f) => ({ ...f, topic: v || undefined }))}
        />
      ) : null}
      <View className="portal-section">
        {active.length ? (
          <View className="portal-note" role="status" data-testid="board-filtering">
            <Text>{t('lt.board.filtering', { filters: active.join('，') })}</Text>
            <ActionButton
              size="small"
              fill="none"
              className="flow-change"
              data-testid="board-clear"
              onClick={() => {
                setSearch('');
                setFilters({});
              }}
            >
              {t('lt.board.clear')}
            </ActionButton>
          </View>
        ) : null}
        <DataView remote={first} testId="board" isEmpty={(d) => d.items.length === 0} empty={<Text className="portal-text">{t('lt.board.empty')}</Text>}>
          {() => (
            <>
              <View role="list" data-testid="board-list">
                {(board?.items ?? []).map((l) => (
                  <PublicLetterCard key={l.trackingNo} letter={l} />
                ))}
              </View>
              {more.error ? (
                <View className="portal-error" role="alert" data-testid="board-more-error">
                  {describeError(more.error, t)}
                </View>
              ) : null}
              {board?.nextCursor ? (
                <View className="portal-actions">
                  <ActionButton size="large" block loading={more.busy} disabled={more.busy} data-testid="board-more" onClick={() => void loadMore()}>
                    {more.error ? t('state.retry') : t('lt.board.more')}
                  </ActionButton>
                </View>
              ) : (
                <Text className="portal-text-secondary" data-testid="board-end">
                  {t('lt.board.end')}
                </Text>
              )}
            </>
          )}
        </DataView>
      </View>
      <View className="portal-section">
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="board-departments-open" onClick={() => void Taro.navigateTo({ url: ROUTES.departments })}>
            {t('lt.board.departments')}
          </ActionButton>
          <ActionButton size="large" block data-testid="board-write" onClick={() => void Taro.navigateTo({ url: ROUTES.letterWrite })}>
            {t('lt.board.write')}
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
