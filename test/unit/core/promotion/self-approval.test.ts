import { describe, expect, it } from '@jest/globals';
import { OutcomeError } from '../../../../src/core/errors.js';
import { selfPeople, type CommitPeople } from '../../../../src/core/promotion/self-approval.js';

const commit = (sha: string, people: Omit<CommitPeople, 'sha'>): CommitPeople => ({ sha, ...people });
const logins = (facts: Parameters<typeof selfPeople>[0]) => selfPeople(facts).map((p) => p.login);

describe('who counts as self', () => {
  it('the actor, the triggering actor, the pull_request author and the head commit author, each once', () => {
    expect(
      selfPeople({
        actor: 'maya',
        triggeringActor: 'Maya',
        pullRequestAuthor: 'dana',
        headCommitAuthor: 'erin',
        pullRequests: [],
      }),
    ).toEqual([
      { login: 'Maya', why: 'triggered the run' },
      { login: 'dana', why: 'authored the pull request' },
      { login: 'erin', why: 'authored the commit' },
    ]);
  });

  it("a merged pull request's author and its commits' authors and committers", () => {
    const people = selfPeople({
      actor: 'maya',
      pullRequests: [
        {
          number: 7,
          author: 'dana',
          totalCommits: 2,
          commits: [
            commit('aaaaaaa1', { author: 'dana', committer: 'dana' }),
            commit('bbbbbbb2', { author: 'erin', committer: 'gus' }),
          ],
        },
      ],
    });
    expect(people).toEqual([
      { login: 'maya', why: 'triggered the run' },
      { login: 'dana', why: 'authored pull request #7' },
      { login: 'erin', why: 'authored bbbbbbb in #7' },
      { login: 'gus', why: 'committed bbbbbbb in #7' },
    ]);
  });

  it('maps git emails to accounts: GitHub noreply addresses, and emails GitHub linked on another commit', () => {
    const found = logins({
      pullRequests: [
        {
          number: 9,
          totalCommits: 3,
          commits: [
            commit('1111111a', { authorEmail: '4242+frank@users.noreply.github.com' }),
            commit('2222222b', { author: 'hana', authorEmail: 'hana@corp.example' }),
            // The same email on a commit GitHub could not link (e.g. before it was verified).
            commit('3333333c', { authorEmail: 'HANA@corp.example', committerEmail: 'ivan@nowhere.example' }),
          ],
        },
      ],
    });
    expect(found).toEqual(['frank', 'hana']);
  });

  it("GitHub's own committer (web-flow) is not a person", () => {
    expect(
      logins({
        pullRequests: [
          {
            number: 8,
            totalCommits: 1,
            commits: [commit('abcdef12', { author: 'dana', committer: 'web-flow' })],
          },
        ],
      }),
    ).toEqual(['dana']);
  });

  it('fails closed when a pull request has more commits than GitHub lists', () => {
    const facts = {
      pullRequests: [
        { number: 12, author: 'dana', totalCommits: 260, commits: [commit('abcdef12', { author: 'dana' })] },
      ],
    };
    expect(() => selfPeople(facts)).toThrow(OutcomeError);
    expect(() => selfPeople(facts)).toThrow(
      'pull request #12 has 260 commits and GitHub lists only the first 1: who wrote the others cannot be checked',
    );
  });
});
