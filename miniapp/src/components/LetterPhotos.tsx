import { View, Text, Image } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { photoPosition } from '../services/download-result';
import { usePreferences } from '../store/preferences';
import { ActionButton } from './ActionButton';
import './letter-photos.scss';

/** The words a page gives the photo list (each subpackage has its own dictionary). */
export interface LetterPhotoWords {
  /** e.g. 来信照片 1/2 — the image's text alternative. */
  alt: (position: string) => string;
  loading: (position: string) => string;
  failed: (position: string) => string;
  retry: string;
  enlarge: string;
  shrink: string;
}

type PhotoState = { kind: 'loading' } | { kind: 'ready'; path: string } | { kind: 'failed' };

function forget(path: string): void {
  // H5 answers a blob: URL that holds the image in memory until revoked; WeChat's temp files go by themselves.
  if (process.env.TARO_ENV === 'h5' && path.startsWith('blob:')) URL.revokeObjectURL(path);
}

function Photo({ photoId, position, load, words, testId }: { photoId: string; position: string; load: (photoId: string) => Promise<string>; words: LetterPhotoWords; testId: string }) {
  const { elderly } = usePreferences();
  const [state, setState] = useState<PhotoState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [large, setLarge] = useState(false);

  useEffect(() => {
    let live = true;
    let loaded: string | undefined;
    setState({ kind: 'loading' });
    load(photoId).then(
      (path) => {
        loaded = path;
        if (live) setState({ kind: 'ready', path });
        else forget(path);
      },
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
      if (loaded) forget(loaded);
    };
  }, [photoId, attempt, load]);

  // No full-screen preview (Taro.previewImage is a pop-up over the page, which we use in neither mode):
  // a tap shows the photo at the page's full width, in place; in elderly mode it is always that wide.
  const wide = elderly || large;
  return (
    <View className={wide ? 'letter-photo letter-photo-wide' : 'letter-photo'} role="listitem" data-testid={testId} data-photo-id={photoId} data-state={state.kind}>
      {state.kind === 'loading' ? (
        <Text className="letter-photo-note" data-testid={`${testId}-loading`}>
          {words.loading(position)}
        </Text>
      ) : null}
      {state.kind === 'failed' ? (
        <View className="letter-photo-failed">
          <View className="letter-photo-note" role="alert" data-testid={`${testId}-error`}>
            {words.failed(position)}
          </View>
          <ActionButton size="small" data-testid={`${testId}-retry`} onClick={() => setAttempt((n) => n + 1)}>
            {words.retry}
          </ActionButton>
        </View>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <Image
            className="letter-photo-image"
            src={state.path}
            mode={wide ? 'widthFix' : 'aspectFill'}
            aria-label={words.alt(position)}
            // H5 draws an <img> inside Taro's element: the text alternative must be its own alt.
            {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: words.alt(position) } } : {})}
            data-testid={`${testId}-image`}
            onClick={() => setLarge((v) => !v)}
          />
          {elderly ? null : (
            <ActionButton size="small" aria-expanded={large ? 'true' : 'false'} data-testid={`${testId}-size`} onClick={() => setLarge((v) => !v)}>
              {large ? words.shrink : words.enlarge}
            </ActionButton>
          )}
        </>
      ) : null}
    </View>
  );
}

/**
 * The photos sent with a letter, downloaded with a token by `load` (an <Image> cannot send one):
 * each with its text alternative in words, a loading note, and a failure with a retry.
 */
export function LetterPhotos({ photoIds, load, words, testId }: { photoIds: string[]; load: (photoId: string) => Promise<string>; words: LetterPhotoWords; testId: string }) {
  if (!photoIds.length) return null;
  return (
    <View className="letter-photos" role="list" data-testid={`${testId}-list`} data-count={photoIds.length}>
      {photoIds.map((id, index) => (
        <Photo key={id} photoId={id} position={photoPosition(index, photoIds.length)} load={load} words={words} testId={testId} />
      ))}
    </View>
  );
}
