import { graphql } from './gql'

// Every GraphQL operation the client suite sends, in one place: when the public schema changes,
// edit these and run `npm run generate:client` to retype them.

export const ArticleBySlug = graphql(`
  query ArticleBySlug($slug: String!) {
    Articles(where: { slug: { equals: $slug } }, limit: 1) {
      docs {
        id
        title
        format
        author {
          name
        }
        items {
          heading
          watchNow
          scene {
            title
            episode
            drama {
              title
              slug
              whereToWatch {
                platform
                url
              }
            }
          }
        }
        spoilerSections {
          episode
          withheld
        }
      }
    }
  }
`)

export const DramaBySlug = graphql(`
  query DramaBySlug($slug: String!) {
    Dramas(where: { slug: { equals: $slug } }, limit: 1) {
      docs {
        id
        title
      }
    }
  }
`)

export const ArticlesAboutDrama = graphql(`
  query ArticlesAboutDrama($drama: JSON!) {
    Articles(where: { dramas: { in: [$drama] } }, sort: "title") {
      docs {
        slug
        title
      }
    }
  }
`)

export const ArticlePage = graphql(`
  query ArticlePage($limit: Int!, $page: Int!) {
    Articles(limit: $limit, page: $page, sort: "title") {
      docs {
        slug
      }
      totalDocs
      totalPages
      page
      hasNextPage
      hasPrevPage
    }
  }
`)

export const SpoilerSafe = graphql(`
  query SpoilerSafe($slug: String!, $watched: [SpoilerWatchedInput!], $spoilers: SpoilerMode) {
    spoilerSafeArticle(slug: $slug, watched: $watched, spoilers: $spoilers) {
      title
      items {
        heading
        body
      }
      spoilerSections {
        key
        spoiler
        withheld
        episode
      }
    }
  }
`)

export const Similar = graphql(`
  query Similar($id: Int!, $limit: Int) {
    similarArticles(id: $id, limit: $limit) {
      score
      isPinned
      article {
        id
        title
        slug
      }
    }
  }
`)

export const SignUp = graphql(`
  mutation SignUp($data: mutationReaderInput!) {
    createReader(data: $data) {
      id
      displayName
    }
  }
`)

export const ReaderLogin = graphql(`
  mutation ReaderLogin($email: String!, $password: String!) {
    loginReader(email: $email, password: $password) {
      token
      user {
        id
      }
    }
  }
`)

export const PostComment = graphql(`
  mutation PostComment($data: mutationCommentInput!) {
    createComment(data: $data) {
      id
      status
      body
    }
  }
`)

export const CommentsOn = graphql(`
  query CommentsOn($article: JSON!) {
    Comments(where: { article: { equals: $article } }, sort: "createdAt", limit: 50) {
      docs {
        id
        body
        status
        parent {
          id
        }
        reader {
          id
        }
      }
    }
  }
`)

export const StaffLogin = graphql(`
  mutation StaffLogin($email: String!, $password: String!) {
    loginAuthor(email: $email, password: $password) {
      token
    }
  }
`)

export const DraftArticle = graphql(`
  query DraftArticle($id: Int!) {
    Article(id: $id, draft: true) {
      id
      title
      _status
    }
  }
`)
