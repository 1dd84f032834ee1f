import { post } from './graphql-http';

const PAGE = `query Feed($after: String) { changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } } }`;

/** The cursor after the last revision committed now: feed readers start there, so they must see every revision of the run. */
export async function startCursor(url: string): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const answer = await post(url, { query: PAGE, variables: { after } });
    if (answer.kind !== 'answer' || answer.codes.length > 0) throw new Error(`cannot read the change feed: ${JSON.stringify(answer)}`);
    const page = (answer.data?.changes as { pageInfo: { endCursor: string | null; hasNextPage: boolean } }).pageInfo;
    after = page.endCursor ?? after;
    if (!page.hasNextPage) {
      if (after === null) throw new Error('the change feed is empty: the generated graph has no revision');
      return after;
    }
  }
}
