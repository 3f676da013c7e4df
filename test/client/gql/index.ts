export * from './gql'
