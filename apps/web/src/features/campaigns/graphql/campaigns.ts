import { graphql } from '../../../gql';

export const CampaignsQuery = graphql(`
  query Campaigns {
    campaigns(first: 100) {
      id
      title
      dueAt
      createdAt
      clientCount
      questionCount
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      body
      dueAt
      createdAt
      questions {
        key
        textDe
        textEn
      }
      progress {
        clients
        complete
        verified
        overdue
      }
      clients {
        clientId
        clientName
        answered
        verified
        complete
        overdue
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
    }
  }
`);
