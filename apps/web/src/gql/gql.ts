/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClientAdvice($clientId: ID!) {\n    adviceRecords(clientId: $clientId) {\n      id\n      subject\n      body\n      recommendation\n      riskIfIgnored\n      relatedRuleIds\n      dueAt\n      recordedAt\n      recordedByName\n      status\n      overdue\n      acknowledgement {\n        decision\n        comment\n        acknowledgedAt\n        acknowledgedByName\n      }\n    }\n  }\n": typeof types.ClientAdviceDocument,
    "\n  mutation RecordAdviceWeb($input: RecordAdviceInput!) {\n    recordAdvice(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordAdviceWebDocument,
    "\n  mutation AcknowledgeAdviceWeb($id: ID!, $input: AcknowledgeAdviceInput!) {\n    acknowledgeAdvice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeAdviceWebDocument,
    "\n  query ClientCampaigns($id: ID!) {\n    client(id: $id) {\n      id\n      campaigns {\n        id\n        title\n        body\n        dueAt\n        questions {\n          key\n          textDe\n          textEn\n          value\n          state\n        }\n      }\n    }\n  }\n": typeof types.ClientCampaignsDocument,
    "\n  mutation AnswerCampaignQuestionWeb($input: CampaignAnswerInput!) {\n    answerCampaignQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerCampaignQuestionWebDocument,
    "\n  mutation VerifyCampaignAnswersWeb($campaignId: ID!, $clientId: ID!) {\n    verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) {\n      questions {\n        key\n      }\n    }\n  }\n": typeof types.VerifyCampaignAnswersWebDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      clientId\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n      active\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorType\n          actorLabel\n          entityType\n          entityId\n          clientId\n          changes\n          ip\n          hash\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedCount\n      firstInvalidSequence\n      headHash\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation PasskeyLoginOptions($input: PasskeyLoginOptionsInput) {\n    passkeyLoginOptions(input: $input)\n  }\n": typeof types.PasskeyLoginOptionsDocument,
    "\n  mutation LoginWithPasskey($response: String!) {\n    loginWithPasskey(response: $response) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": typeof types.LoginWithPasskeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query ClientBreaches($clientId: ID!, $first: Int) {\n    breaches(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          discoveredAt\n          occurredAt\n          dataCategories\n          subjectCategories\n          approxSubjects\n          approxRecords\n          likelyConsequences\n          measures\n          contact\n          subjectsCommunication\n          risk\n          notificationRequired\n          notificationDeadline\n          overdue\n          notifiedAt\n          notificationReference\n          lateReason\n          subjectsCommunicationRequired\n          subjectsInformedAt\n          authority {\n            code\n            shortName\n            name\n            reportingUrl\n          }\n          notificationDraft\n        }\n      }\n    }\n  }\n": typeof types.ClientBreachesDocument,
    "\n  mutation ReportBreach($input: ReportBreachInput!) {\n    reportBreach(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportBreachDocument,
    "\n  mutation MarkBreachNotified($id: ID!, $input: MarkBreachNotifiedInput!) {\n    markBreachNotified(id: $id, input: $input) {\n      id\n      notifiedAt\n      overdue\n    }\n  }\n": typeof types.MarkBreachNotifiedDocument,
    "\n  mutation UpdateBreach($id: ID!, $input: BreachDetailsInput!) {\n    updateBreach(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateBreachDocument,
    "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      code\n      shortName\n      name\n    }\n  }\n": typeof types.SupervisoryAuthoritiesDocument,
    "\n  query Bsps {\n    bsps {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": typeof types.BspsDocument,
    "\n  mutation CreateBsp($input: CreateBspInput!) {\n    createBsp(input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": typeof types.CreateBspDocument,
    "\n  mutation UpdateBsp($id: ID!, $input: UpdateBspInput!) {\n    updateBsp(id: $id, input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": typeof types.UpdateBspDocument,
    "\n  query Campaigns {\n    campaigns(first: 100) {\n      id\n      title\n      dueAt\n      createdAt\n      clientCount\n      questionCount\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      body\n      dueAt\n      createdAt\n      questions {\n        key\n        textDe\n        textEn\n      }\n      progress {\n        clients\n        complete\n        verified\n        overdue\n      }\n      clients {\n        clientId\n        clientName\n        answered\n        verified\n        complete\n        overdue\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      archived\n      createdAt\n      industry\n      street\n      postalCode\n      city\n      contactName\n      contactEmail\n      nextReviewAt\n      openTaskCount\n      assignedDpo {\n        id\n        name\n      }\n      compliance {\n        level\n        score\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n          legalReference\n          remediation\n          remediationEn\n          accountId\n        }\n      }\n      consentStats {\n        pending\n        confirmed\n        withdrawn\n        expired\n      }\n    }\n  }\n": typeof types.ClientDetailDocument,
    "\n  query ClientOptions($first: Int) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientOptionsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...PortfolioClientFields\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  fragment PortfolioClientFields on Client {\n    id\n    name\n    archived\n    createdAt\n    openTaskCount\n    nextReviewAt\n    breachDeadline\n    compliance {\n      level\n      score\n    }\n    consentStats {\n      confirmed\n      pending\n    }\n  }\n": typeof types.PortfolioClientFieldsFragmentDoc,
    "\n  query PortfolioClients($first: Int, $after: String) {\n    clients(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PortfolioClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PortfolioClientsDocument,
    "\n  query ClientConsents($clientId: ID!, $filter: ConsentFilter, $first: Int) {\n    consentTexts(clientId: $clientId) {\n      id\n      version\n      language\n      title\n      purposes\n      sha256\n      readabilityScore\n      findings {\n        checkId\n        severity\n      }\n    }\n    consentRecords(clientId: $clientId, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          purpose\n          status\n          maskedPhoneNumber\n          confirmedAt\n          withdrawnAt\n          updatedAt\n        }\n      }\n    }\n    consentImports(clientId: $clientId) {\n      id\n      state\n      dryRun\n      processedRows\n      importedRows\n      errorCount\n      createdAt\n    }\n  }\n": typeof types.ClientConsentsDocument,
    "\n  mutation PublishConsentTextWeb($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PublishConsentTextWebDocument,
    "\n  mutation RequestConsentWeb($input: RequestConsentInput!) {\n    requestConsent(input: $input) {\n      id\n      confirmationUrl\n      expiresAt\n    }\n  }\n": typeof types.RequestConsentWebDocument,
    "\n  query ConsentConfirmation($token: String!) {\n    consentConfirmation(token: $token) {\n      businessName\n      language\n      title\n      text\n      textSha256\n      purposes\n      maskedPhoneNumber\n      expiresAt\n      state\n    }\n  }\n": typeof types.ConsentConfirmationDocument,
    "\n  mutation ConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      id\n      confirmedAt\n      records {\n        purpose\n        status\n      }\n    }\n  }\n": typeof types.ConfirmConsentDocument,
    "\n  query ConsentWithdrawal($token: String!) {\n    consentWithdrawal(token: $token) {\n      businessName\n      purposes\n      active\n    }\n  }\n": typeof types.ConsentWithdrawalDocument,
    "\n  mutation WithdrawConsentByToken($token: String!) {\n    withdrawConsentByToken(token: $token) {\n      businessName\n      active\n    }\n  }\n": typeof types.WithdrawConsentByTokenDocument,
    "\n  query FirmDeadlines {\n    dataSubjectRequests(first: 500, filter: { status: [OPEN, EXTENDED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          type\n          dueOn\n          dueAt\n          overdue\n        }\n      }\n    }\n    breaches(first: 500) {\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          title\n          notificationRequired\n          notificationDeadline\n          notifiedAt\n        }\n      }\n    }\n  }\n": typeof types.FirmDeadlinesDocument,
    "\n  query ClientDocuments($clientId: ID!, $first: Int) {\n    documents(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          nextReviewAt\n          reviewDue\n          returnReason\n          versions {\n            id\n            version\n            filename\n            contentType\n            size\n            sha256\n            uploadedAt\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientDocumentsDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  mutation ApproveDocument($id: ID!) {\n    approveDocument(id: $id) {\n      id\n      status\n      nextReviewAt\n    }\n  }\n": typeof types.ApproveDocumentDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      acceptUrl\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ChangeMemberRole($id: ID!, $role: MemberRole!, $clientId: ID) {\n    changeMemberRole(id: $id, role: $role, clientId: $clientId) {\n      id\n      role\n      clientId\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation ResetMemberSecondFactor($id: ID!) {\n    resetMemberSecondFactor(id: $id)\n  }\n": typeof types.ResetMemberSecondFactorDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      acceptUrl\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query Members {\n    members {\n      id\n      userId\n      name\n      email\n      role\n      clientId\n      twoFactorEnabled\n      createdAt\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation CreateMessagingChannel($input: CreateMessagingChannelInput!) {\n    createMessagingChannel(input: $input) {\n      channel {\n        id\n        provider\n        webhookUrl\n      }\n      secret\n      verifyToken\n    }\n  }\n": typeof types.CreateMessagingChannelDocument,
    "\n  query MessagingChannels($clientId: ID!) {\n    messagingChannels(clientId: $clientId) {\n      id\n      provider\n      maskedPhoneNumber\n      webhookUrl\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n      secretRotatedAt\n      previousSecretValidUntil\n      deliveries(first: 20) {\n        id\n        receivedAt\n        kind\n        outcome\n      }\n    }\n  }\n": typeof types.MessagingChannelsDocument,
    "\n  mutation RotateMessagingChannelSecret($id: ID!) {\n    rotateMessagingChannelSecret(id: $id) {\n      channel {\n        id\n        provider\n        webhookUrl\n        secretRotatedAt\n        previousSecretValidUntil\n      }\n      secret\n      verifyToken\n    }\n  }\n": typeof types.RotateMessagingChannelSecretDocument,
    "\n  mutation UpdateMessagingChannelKeywords($id: ID!, $input: MessagingKeywordsInput!) {\n    updateMessagingChannelKeywords(id: $id, input: $input) {\n      id\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n    }\n  }\n": typeof types.UpdateMessagingChannelKeywordsDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query PortfolioHistory($days: Int) {\n    portfolioHistory(days: $days) {\n      day\n      clientCount\n      openTasks\n      overdueTasks\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n": typeof types.PortfolioHistoryDocument,
    "\n  query PortfolioSummary {\n    portfolioSummary {\n      clientCount\n      openTasks\n      reviewsDue\n      byLevel {\n        level\n        count\n      }\n      consents {\n        confirmed\n        pending\n      }\n    }\n  }\n": typeof types.PortfolioSummaryDocument,
    "\n  fragment ProcessingRecordFields on ProcessingRecord {\n    name\n    description\n    purposes\n    legalBases\n    specialCategoryConditions\n    subjectCategories\n    dataCategories\n    recipients {\n      name\n      kind\n      region\n      bspId\n    }\n    transfers {\n      recipient\n      country\n      mechanism\n    }\n    retention\n    securityMeasures\n    whatsAppVariants\n    technicalMeasureIds\n  }\n": typeof types.ProcessingRecordFieldsFragmentDoc,
    "\n  query ClientProcessingActivities($clientId: ID!) {\n    processingActivities(clientId: $clientId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          status\n          version\n          approvedVersion\n          name\n          transferGaps\n          nextReviewAt\n          record {\n            ...ProcessingRecordFields\n          }\n          versions {\n            version\n            createdAt\n            approvedAt\n            record {\n              ...ProcessingRecordFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientProcessingActivitiesDocument,
    "\n  query ProcessingTemplates {\n    processingTemplates {\n      id\n      name\n      language\n      builtIn\n    }\n  }\n": typeof types.ProcessingTemplatesDocument,
    "\n  mutation ApplyProcessingTemplate($input: ApplyProcessingTemplateInput!) {\n    applyProcessingTemplate(input: $input) {\n      id\n      clientId\n    }\n  }\n": typeof types.ApplyProcessingTemplateDocument,
    "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProcessingActivityDocument,
    "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.UpdateProcessingActivityDocument,
    "\n  mutation SubmitProcessingActivity($id: ID!) {\n    submitProcessingActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitProcessingActivityDocument,
    "\n  mutation ApproveProcessingActivity($id: ID!) {\n    approveProcessingActivity(id: $id) {\n      id\n      status\n      approvedVersion\n    }\n  }\n": typeof types.ApproveProcessingActivityDocument,
    "\n  query TechnicalMeasures($clientId: ID!) {\n    technicalMeasures(clientId: $clientId) {\n      measureId\n      goal\n      title\n      titleEn\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n": typeof types.TechnicalMeasuresDocument,
    "\n  mutation SetTechnicalMeasureStatus($input: SetTechnicalMeasureStatusInput!) {\n    setTechnicalMeasureStatus(input: $input) {\n      measureId\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n": typeof types.SetTechnicalMeasureStatusDocument,
    "\n  query DpiaScreening($activityId: ID!) {\n    dpiaScreening(activityId: $activityId) {\n      activityId\n      result\n      authorityListEntry\n      questions {\n        criterion\n        text\n        textEn\n        met\n      }\n      dpia {\n        status\n        description\n        necessity\n        residualRisk\n        consultationRequired\n        risks {\n          description\n          likelihood\n          severity\n          level\n          measures\n          residualLikelihood\n          residualSeverity\n          residualLevel\n        }\n      }\n    }\n  }\n": typeof types.DpiaScreeningDocument,
    "\n  mutation SaveDpiaScreening($input: SaveDpiaScreeningInput!) {\n    saveDpiaScreening(input: $input) {\n      activityId\n      result\n    }\n  }\n": typeof types.SaveDpiaScreeningDocument,
    "\n  mutation SaveDpia($input: SaveDpiaInput!) {\n    saveDpia(input: $input) {\n      activityId\n      status\n    }\n  }\n": typeof types.SaveDpiaDocument,
    "\n  mutation ApproveDpia($activityId: ID!) {\n    approveDpia(activityId: $activityId) {\n      activityId\n      status\n    }\n  }\n": typeof types.ApproveDpiaDocument,
    "\n  query RequestIntakeSettings($clientId: ID!) {\n    dataSubjectRequestIntake(clientId: $clientId) {\n      clientId\n      enabled\n      url\n    }\n  }\n": typeof types.RequestIntakeSettingsDocument,
    "\n  mutation SetRequestIntake($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {\n    setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) {\n      clientId\n      enabled\n      url\n    }\n  }\n": typeof types.SetRequestIntakeDocument,
    "\n  query PublicRequestIntake($token: String!) {\n    publicDataSubjectRequestIntake(token: $token) {\n      clientName\n      types\n    }\n  }\n": typeof types.PublicRequestIntakeDocument,
    "\n  mutation SubmitRequest($token: String!, $input: SubmitDataSubjectRequestInput!) {\n    submitDataSubjectRequest(token: $token, input: $input) {\n      reference\n      receivedAt\n      dueOn\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  query ClientRequests($clientId: ID!, $first: Int) {\n    dataSubjectRequests(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          channel\n          receivedAt\n          maskedPhoneNumber\n          description\n          contact\n          identityStatus\n          dueOn\n          dueAt\n          overdue\n          extensionMonths\n          status\n          respondedAt\n          actions {\n            id\n            action\n            outcome\n            detail\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientRequestsDocument,
    "\n  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {\n    createDataSubjectRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRequestDocument,
    "\n  mutation SetRequestIdentity($id: ID!, $status: IdentityCheckStatus!) {\n    setDataSubjectRequestIdentity(id: $id, status: $status) {\n      id\n      identityStatus\n    }\n  }\n": typeof types.SetRequestIdentityDocument,
    "\n  mutation RunRequestAction($id: ID!, $action: DataSubjectRequestAction!) {\n    runDataSubjectRequestAction(id: $id, action: $action) {\n      json\n      action {\n        id\n        action\n        outcome\n        detail\n      }\n    }\n  }\n": typeof types.RunRequestActionDocument,
    "\n  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ExtendRequestDocument,
    "\n  mutation CloseRequest($id: ID!, $input: CloseDataSubjectRequestInput!) {\n    closeDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.CloseRequestDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      signedInAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation ConfirmTotp($input: TotpCodeInput!) {\n    confirmTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($input: TotpCodeInput!) {\n    disableTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation EnableTotp {\n    enableTotp {\n      otpauthUrl\n      secret\n    }\n  }\n": typeof types.EnableTotpDocument,
    "\n  query Passkeys {\n    passkeys {\n      id\n      name\n      backedUp\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.PasskeysDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": typeof types.PasskeyRegistrationOptionsDocument,
    "\n  mutation RegisterPasskey($input: RegisterPasskeyInput!) {\n    registerPasskey(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterPasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation GenerateRecoveryCodes($input: TotpCodeInput!) {\n    generateRecoveryCodes(input: $input)\n  }\n": typeof types.GenerateRecoveryCodesDocument,
    "\n  mutation SetRequireTwoFactor($required: Boolean!) {\n    setRequireTwoFactor(required: $required)\n  }\n": typeof types.SetRequireTwoFactorDocument,
    "\n  query SsoOptions($email: String!) {\n    ssoOptions(email: $email) {\n      tenantId\n      tenantName\n      startUrl\n    }\n  }\n": typeof types.SsoOptionsDocument,
    "\n  fragment SsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    requireSso\n    redirectUri\n  }\n": typeof types.SsoSettingsFieldsFragmentDoc,
    "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  mutation ConfigureSso($input: SsoSettingsInput!) {\n    configureSso(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n": typeof types.ConfigureSsoDocument,
    "\n  query TaskInbox($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          priority\n          dueAt\n          overdue\n          source\n          ruleId\n          client {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TaskInboxDocument,
    "\n  mutation UpdateTaskStatus($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n      status\n      overdue\n    }\n  }\n": typeof types.UpdateTaskStatusDocument,
    "\n  query ClientAccounts($id: ID!) {\n    client(id: $id) {\n      id\n      compliance {\n        level\n        score\n      }\n      whatsAppAccounts {\n        id\n        label\n        variant\n        answeredAt\n        bsp {\n          id\n        }\n        answers {\n          accountDeletionProcess\n          addressBookOnlyConsentingContacts\n          bspDpaSigned\n          contactSyncDisabled\n          dedicatedBusinessDevice\n          doubleOptInDocumented\n          privacyNoticeCoversWhatsApp\n          profileHasImprint\n          profileLinksPrivacyNotice\n          sendsMarketing\n          separateMarketingConsent\n          usedForBusiness\n        }\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n        }\n      }\n    }\n  }\n": typeof types.ClientAccountsDocument,
    "\n  mutation CreateWhatsAppAccountWeb($input: CreateWhatsAppAccountInput!) {\n    createWhatsAppAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWhatsAppAccountWebDocument,
    "\n  mutation UpdateWhatsAppAccountWeb($id: ID!, $input: UpdateWhatsAppAccountInput!) {\n    updateWhatsAppAccount(id: $id, input: $input) {\n      id\n      variant\n    }\n  }\n": typeof types.UpdateWhatsAppAccountWebDocument,
    "\n  query WhatsAppBspOptions {\n    bsps {\n      id\n      name\n      hostingRegion\n    }\n  }\n": typeof types.WhatsAppBspOptionsDocument,
    "\n  query AccountAttestations($id: ID!) {\n    client(id: $id) {\n      id\n      whatsAppAccounts {\n        id\n        attestations {\n          key\n          value\n          state\n          answeredAt\n          answeredByName\n          evidenceDocumentId\n          reviewComment\n          expired\n        }\n      }\n    }\n    documents(clientId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.AccountAttestationsDocument,
    "\n  mutation ReviewAnswerWeb($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) {\n    reviewAnswer(accountId: $accountId, key: $key, input: $input) {\n      key\n      state\n    }\n  }\n": typeof types.ReviewAnswerWebDocument,
    "\n  mutation AttachAnswerEvidenceWeb($accountId: ID!, $key: String!, $documentId: ID!) {\n    attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) {\n      key\n      evidenceDocumentId\n    }\n  }\n": typeof types.AttachAnswerEvidenceWebDocument,
    "\n  query AttestationPolicy($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      attestationPolicy {\n        acceptClaimedAnswers\n        reattestationMonths\n      }\n    }\n  }\n": typeof types.AttestationPolicyDocument,
    "\n  mutation SetAttestationPolicy($clientId: ID!, $input: AttestationPolicyInput!) {\n    setAttestationPolicy(clientId: $clientId, input: $input) {\n      acceptClaimedAnswers\n      reattestationMonths\n    }\n  }\n": typeof types.SetAttestationPolicyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      role\n      clientId\n      twoFactorSetupRequired\n      user {\n        id\n        name\n        email\n        totpEnabled\n      }\n      tenant {\n        id\n        name\n        requireTwoFactor\n      }\n      memberships {\n        role\n        clientId\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      accessToken\n    }\n  }\n": typeof types.SwitchTenantDocument,
};
const documents: Documents = {
    "\n  query ClientAdvice($clientId: ID!) {\n    adviceRecords(clientId: $clientId) {\n      id\n      subject\n      body\n      recommendation\n      riskIfIgnored\n      relatedRuleIds\n      dueAt\n      recordedAt\n      recordedByName\n      status\n      overdue\n      acknowledgement {\n        decision\n        comment\n        acknowledgedAt\n        acknowledgedByName\n      }\n    }\n  }\n": types.ClientAdviceDocument,
    "\n  mutation RecordAdviceWeb($input: RecordAdviceInput!) {\n    recordAdvice(input: $input) {\n      id\n    }\n  }\n": types.RecordAdviceWebDocument,
    "\n  mutation AcknowledgeAdviceWeb($id: ID!, $input: AcknowledgeAdviceInput!) {\n    acknowledgeAdvice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeAdviceWebDocument,
    "\n  query ClientCampaigns($id: ID!) {\n    client(id: $id) {\n      id\n      campaigns {\n        id\n        title\n        body\n        dueAt\n        questions {\n          key\n          textDe\n          textEn\n          value\n          state\n        }\n      }\n    }\n  }\n": types.ClientCampaignsDocument,
    "\n  mutation AnswerCampaignQuestionWeb($input: CampaignAnswerInput!) {\n    answerCampaignQuestion(input: $input) {\n      id\n    }\n  }\n": types.AnswerCampaignQuestionWebDocument,
    "\n  mutation VerifyCampaignAnswersWeb($campaignId: ID!, $clientId: ID!) {\n    verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) {\n      questions {\n        key\n      }\n    }\n  }\n": types.VerifyCampaignAnswersWebDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      clientId\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n      active\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorType\n          actorLabel\n          entityType\n          entityId\n          clientId\n          changes\n          ip\n          hash\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedCount\n      firstInvalidSequence\n      headHash\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": types.LoginDocument,
    "\n  mutation PasskeyLoginOptions($input: PasskeyLoginOptionsInput) {\n    passkeyLoginOptions(input: $input)\n  }\n": types.PasskeyLoginOptionsDocument,
    "\n  mutation LoginWithPasskey($response: String!) {\n    loginWithPasskey(response: $response) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": types.LoginWithPasskeyDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n": types.SignUpDocument,
    "\n  query ClientBreaches($clientId: ID!, $first: Int) {\n    breaches(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          discoveredAt\n          occurredAt\n          dataCategories\n          subjectCategories\n          approxSubjects\n          approxRecords\n          likelyConsequences\n          measures\n          contact\n          subjectsCommunication\n          risk\n          notificationRequired\n          notificationDeadline\n          overdue\n          notifiedAt\n          notificationReference\n          lateReason\n          subjectsCommunicationRequired\n          subjectsInformedAt\n          authority {\n            code\n            shortName\n            name\n            reportingUrl\n          }\n          notificationDraft\n        }\n      }\n    }\n  }\n": types.ClientBreachesDocument,
    "\n  mutation ReportBreach($input: ReportBreachInput!) {\n    reportBreach(input: $input) {\n      id\n    }\n  }\n": types.ReportBreachDocument,
    "\n  mutation MarkBreachNotified($id: ID!, $input: MarkBreachNotifiedInput!) {\n    markBreachNotified(id: $id, input: $input) {\n      id\n      notifiedAt\n      overdue\n    }\n  }\n": types.MarkBreachNotifiedDocument,
    "\n  mutation UpdateBreach($id: ID!, $input: BreachDetailsInput!) {\n    updateBreach(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateBreachDocument,
    "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      code\n      shortName\n      name\n    }\n  }\n": types.SupervisoryAuthoritiesDocument,
    "\n  query Bsps {\n    bsps {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": types.BspsDocument,
    "\n  mutation CreateBsp($input: CreateBspInput!) {\n    createBsp(input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": types.CreateBspDocument,
    "\n  mutation UpdateBsp($id: ID!, $input: UpdateBspInput!) {\n    updateBsp(id: $id, input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n": types.UpdateBspDocument,
    "\n  query Campaigns {\n    campaigns(first: 100) {\n      id\n      title\n      dueAt\n      createdAt\n      clientCount\n      questionCount\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      body\n      dueAt\n      createdAt\n      questions {\n        key\n        textDe\n        textEn\n      }\n      progress {\n        clients\n        complete\n        verified\n        overdue\n      }\n      clients {\n        clientId\n        clientName\n        answered\n        verified\n        complete\n        overdue\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      archived\n      createdAt\n      industry\n      street\n      postalCode\n      city\n      contactName\n      contactEmail\n      nextReviewAt\n      openTaskCount\n      assignedDpo {\n        id\n        name\n      }\n      compliance {\n        level\n        score\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n          legalReference\n          remediation\n          remediationEn\n          accountId\n        }\n      }\n      consentStats {\n        pending\n        confirmed\n        withdrawn\n        expired\n      }\n    }\n  }\n": types.ClientDetailDocument,
    "\n  query ClientOptions($first: Int) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientOptionsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...PortfolioClientFields\n    }\n  }\n": types.CreateClientDocument,
    "\n  fragment PortfolioClientFields on Client {\n    id\n    name\n    archived\n    createdAt\n    openTaskCount\n    nextReviewAt\n    breachDeadline\n    compliance {\n      level\n      score\n    }\n    consentStats {\n      confirmed\n      pending\n    }\n  }\n": types.PortfolioClientFieldsFragmentDoc,
    "\n  query PortfolioClients($first: Int, $after: String) {\n    clients(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PortfolioClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PortfolioClientsDocument,
    "\n  query ClientConsents($clientId: ID!, $filter: ConsentFilter, $first: Int) {\n    consentTexts(clientId: $clientId) {\n      id\n      version\n      language\n      title\n      purposes\n      sha256\n      readabilityScore\n      findings {\n        checkId\n        severity\n      }\n    }\n    consentRecords(clientId: $clientId, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          purpose\n          status\n          maskedPhoneNumber\n          confirmedAt\n          withdrawnAt\n          updatedAt\n        }\n      }\n    }\n    consentImports(clientId: $clientId) {\n      id\n      state\n      dryRun\n      processedRows\n      importedRows\n      errorCount\n      createdAt\n    }\n  }\n": types.ClientConsentsDocument,
    "\n  mutation PublishConsentTextWeb($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      version\n    }\n  }\n": types.PublishConsentTextWebDocument,
    "\n  mutation RequestConsentWeb($input: RequestConsentInput!) {\n    requestConsent(input: $input) {\n      id\n      confirmationUrl\n      expiresAt\n    }\n  }\n": types.RequestConsentWebDocument,
    "\n  query ConsentConfirmation($token: String!) {\n    consentConfirmation(token: $token) {\n      businessName\n      language\n      title\n      text\n      textSha256\n      purposes\n      maskedPhoneNumber\n      expiresAt\n      state\n    }\n  }\n": types.ConsentConfirmationDocument,
    "\n  mutation ConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      id\n      confirmedAt\n      records {\n        purpose\n        status\n      }\n    }\n  }\n": types.ConfirmConsentDocument,
    "\n  query ConsentWithdrawal($token: String!) {\n    consentWithdrawal(token: $token) {\n      businessName\n      purposes\n      active\n    }\n  }\n": types.ConsentWithdrawalDocument,
    "\n  mutation WithdrawConsentByToken($token: String!) {\n    withdrawConsentByToken(token: $token) {\n      businessName\n      active\n    }\n  }\n": types.WithdrawConsentByTokenDocument,
    "\n  query FirmDeadlines {\n    dataSubjectRequests(first: 500, filter: { status: [OPEN, EXTENDED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          type\n          dueOn\n          dueAt\n          overdue\n        }\n      }\n    }\n    breaches(first: 500) {\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          title\n          notificationRequired\n          notificationDeadline\n          notifiedAt\n        }\n      }\n    }\n  }\n": types.FirmDeadlinesDocument,
    "\n  query ClientDocuments($clientId: ID!, $first: Int) {\n    documents(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          nextReviewAt\n          reviewDue\n          returnReason\n          versions {\n            id\n            version\n            filename\n            contentType\n            size\n            sha256\n            uploadedAt\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": types.ClientDocumentsDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n    }\n  }\n": types.CreateDocumentDocument,
    "\n  mutation ApproveDocument($id: ID!) {\n    approveDocument(id: $id) {\n      id\n      status\n      nextReviewAt\n    }\n  }\n": types.ApproveDocumentDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      acceptUrl\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ChangeMemberRole($id: ID!, $role: MemberRole!, $clientId: ID) {\n    changeMemberRole(id: $id, role: $role, clientId: $clientId) {\n      id\n      role\n      clientId\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation ResetMemberSecondFactor($id: ID!) {\n    resetMemberSecondFactor(id: $id)\n  }\n": types.ResetMemberSecondFactorDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      acceptUrl\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query Members {\n    members {\n      id\n      userId\n      name\n      email\n      role\n      clientId\n      twoFactorEnabled\n      createdAt\n    }\n  }\n": types.MembersDocument,
    "\n  mutation CreateMessagingChannel($input: CreateMessagingChannelInput!) {\n    createMessagingChannel(input: $input) {\n      channel {\n        id\n        provider\n        webhookUrl\n      }\n      secret\n      verifyToken\n    }\n  }\n": types.CreateMessagingChannelDocument,
    "\n  query MessagingChannels($clientId: ID!) {\n    messagingChannels(clientId: $clientId) {\n      id\n      provider\n      maskedPhoneNumber\n      webhookUrl\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n      secretRotatedAt\n      previousSecretValidUntil\n      deliveries(first: 20) {\n        id\n        receivedAt\n        kind\n        outcome\n      }\n    }\n  }\n": types.MessagingChannelsDocument,
    "\n  mutation RotateMessagingChannelSecret($id: ID!) {\n    rotateMessagingChannelSecret(id: $id) {\n      channel {\n        id\n        provider\n        webhookUrl\n        secretRotatedAt\n        previousSecretValidUntil\n      }\n      secret\n      verifyToken\n    }\n  }\n": types.RotateMessagingChannelSecretDocument,
    "\n  mutation UpdateMessagingChannelKeywords($id: ID!, $input: MessagingKeywordsInput!) {\n    updateMessagingChannelKeywords(id: $id, input: $input) {\n      id\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n    }\n  }\n": types.UpdateMessagingChannelKeywordsDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query PortfolioHistory($days: Int) {\n    portfolioHistory(days: $days) {\n      day\n      clientCount\n      openTasks\n      overdueTasks\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n": types.PortfolioHistoryDocument,
    "\n  query PortfolioSummary {\n    portfolioSummary {\n      clientCount\n      openTasks\n      reviewsDue\n      byLevel {\n        level\n        count\n      }\n      consents {\n        confirmed\n        pending\n      }\n    }\n  }\n": types.PortfolioSummaryDocument,
    "\n  fragment ProcessingRecordFields on ProcessingRecord {\n    name\n    description\n    purposes\n    legalBases\n    specialCategoryConditions\n    subjectCategories\n    dataCategories\n    recipients {\n      name\n      kind\n      region\n      bspId\n    }\n    transfers {\n      recipient\n      country\n      mechanism\n    }\n    retention\n    securityMeasures\n    whatsAppVariants\n    technicalMeasureIds\n  }\n": types.ProcessingRecordFieldsFragmentDoc,
    "\n  query ClientProcessingActivities($clientId: ID!) {\n    processingActivities(clientId: $clientId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          status\n          version\n          approvedVersion\n          name\n          transferGaps\n          nextReviewAt\n          record {\n            ...ProcessingRecordFields\n          }\n          versions {\n            version\n            createdAt\n            approvedAt\n            record {\n              ...ProcessingRecordFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClientProcessingActivitiesDocument,
    "\n  query ProcessingTemplates {\n    processingTemplates {\n      id\n      name\n      language\n      builtIn\n    }\n  }\n": types.ProcessingTemplatesDocument,
    "\n  mutation ApplyProcessingTemplate($input: ApplyProcessingTemplateInput!) {\n    applyProcessingTemplate(input: $input) {\n      id\n      clientId\n    }\n  }\n": types.ApplyProcessingTemplateDocument,
    "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n": types.CreateProcessingActivityDocument,
    "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.UpdateProcessingActivityDocument,
    "\n  mutation SubmitProcessingActivity($id: ID!) {\n    submitProcessingActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitProcessingActivityDocument,
    "\n  mutation ApproveProcessingActivity($id: ID!) {\n    approveProcessingActivity(id: $id) {\n      id\n      status\n      approvedVersion\n    }\n  }\n": types.ApproveProcessingActivityDocument,
    "\n  query TechnicalMeasures($clientId: ID!) {\n    technicalMeasures(clientId: $clientId) {\n      measureId\n      goal\n      title\n      titleEn\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n": types.TechnicalMeasuresDocument,
    "\n  mutation SetTechnicalMeasureStatus($input: SetTechnicalMeasureStatusInput!) {\n    setTechnicalMeasureStatus(input: $input) {\n      measureId\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n": types.SetTechnicalMeasureStatusDocument,
    "\n  query DpiaScreening($activityId: ID!) {\n    dpiaScreening(activityId: $activityId) {\n      activityId\n      result\n      authorityListEntry\n      questions {\n        criterion\n        text\n        textEn\n        met\n      }\n      dpia {\n        status\n        description\n        necessity\n        residualRisk\n        consultationRequired\n        risks {\n          description\n          likelihood\n          severity\n          level\n          measures\n          residualLikelihood\n          residualSeverity\n          residualLevel\n        }\n      }\n    }\n  }\n": types.DpiaScreeningDocument,
    "\n  mutation SaveDpiaScreening($input: SaveDpiaScreeningInput!) {\n    saveDpiaScreening(input: $input) {\n      activityId\n      result\n    }\n  }\n": types.SaveDpiaScreeningDocument,
    "\n  mutation SaveDpia($input: SaveDpiaInput!) {\n    saveDpia(input: $input) {\n      activityId\n      status\n    }\n  }\n": types.SaveDpiaDocument,
    "\n  mutation ApproveDpia($activityId: ID!) {\n    approveDpia(activityId: $activityId) {\n      activityId\n      status\n    }\n  }\n": types.ApproveDpiaDocument,
    "\n  query RequestIntakeSettings($clientId: ID!) {\n    dataSubjectRequestIntake(clientId: $clientId) {\n      clientId\n      enabled\n      url\n    }\n  }\n": types.RequestIntakeSettingsDocument,
    "\n  mutation SetRequestIntake($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {\n    setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) {\n      clientId\n      enabled\n      url\n    }\n  }\n": types.SetRequestIntakeDocument,
    "\n  query PublicRequestIntake($token: String!) {\n    publicDataSubjectRequestIntake(token: $token) {\n      clientName\n      types\n    }\n  }\n": types.PublicRequestIntakeDocument,
    "\n  mutation SubmitRequest($token: String!, $input: SubmitDataSubjectRequestInput!) {\n    submitDataSubjectRequest(token: $token, input: $input) {\n      reference\n      receivedAt\n      dueOn\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  query ClientRequests($clientId: ID!, $first: Int) {\n    dataSubjectRequests(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          channel\n          receivedAt\n          maskedPhoneNumber\n          description\n          contact\n          identityStatus\n          dueOn\n          dueAt\n          overdue\n          extensionMonths\n          status\n          respondedAt\n          actions {\n            id\n            action\n            outcome\n            detail\n          }\n        }\n      }\n    }\n  }\n": types.ClientRequestsDocument,
    "\n  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {\n    createDataSubjectRequest(input: $input) {\n      id\n    }\n  }\n": types.CreateRequestDocument,
    "\n  mutation SetRequestIdentity($id: ID!, $status: IdentityCheckStatus!) {\n    setDataSubjectRequestIdentity(id: $id, status: $status) {\n      id\n      identityStatus\n    }\n  }\n": types.SetRequestIdentityDocument,
    "\n  mutation RunRequestAction($id: ID!, $action: DataSubjectRequestAction!) {\n    runDataSubjectRequestAction(id: $id, action: $action) {\n      json\n      action {\n        id\n        action\n        outcome\n        detail\n      }\n    }\n  }\n": types.RunRequestActionDocument,
    "\n  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ExtendRequestDocument,
    "\n  mutation CloseRequest($id: ID!, $input: CloseDataSubjectRequestInput!) {\n    closeDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.CloseRequestDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      signedInAt\n      lastUsedAt\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation ConfirmTotp($input: TotpCodeInput!) {\n    confirmTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n": types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($input: TotpCodeInput!) {\n    disableTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation EnableTotp {\n    enableTotp {\n      otpauthUrl\n      secret\n    }\n  }\n": types.EnableTotpDocument,
    "\n  query Passkeys {\n    passkeys {\n      id\n      name\n      backedUp\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.PasskeysDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": types.PasskeyRegistrationOptionsDocument,
    "\n  mutation RegisterPasskey($input: RegisterPasskeyInput!) {\n    registerPasskey(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterPasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation GenerateRecoveryCodes($input: TotpCodeInput!) {\n    generateRecoveryCodes(input: $input)\n  }\n": types.GenerateRecoveryCodesDocument,
    "\n  mutation SetRequireTwoFactor($required: Boolean!) {\n    setRequireTwoFactor(required: $required)\n  }\n": types.SetRequireTwoFactorDocument,
    "\n  query SsoOptions($email: String!) {\n    ssoOptions(email: $email) {\n      tenantId\n      tenantName\n      startUrl\n    }\n  }\n": types.SsoOptionsDocument,
    "\n  fragment SsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    requireSso\n    redirectUri\n  }\n": types.SsoSettingsFieldsFragmentDoc,
    "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  mutation ConfigureSso($input: SsoSettingsInput!) {\n    configureSso(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n": types.ConfigureSsoDocument,
    "\n  query TaskInbox($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          priority\n          dueAt\n          overdue\n          source\n          ruleId\n          client {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TaskInboxDocument,
    "\n  mutation UpdateTaskStatus($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n      status\n      overdue\n    }\n  }\n": types.UpdateTaskStatusDocument,
    "\n  query ClientAccounts($id: ID!) {\n    client(id: $id) {\n      id\n      compliance {\n        level\n        score\n      }\n      whatsAppAccounts {\n        id\n        label\n        variant\n        answeredAt\n        bsp {\n          id\n        }\n        answers {\n          accountDeletionProcess\n          addressBookOnlyConsentingContacts\n          bspDpaSigned\n          contactSyncDisabled\n          dedicatedBusinessDevice\n          doubleOptInDocumented\n          privacyNoticeCoversWhatsApp\n          profileHasImprint\n          profileLinksPrivacyNotice\n          sendsMarketing\n          separateMarketingConsent\n          usedForBusiness\n        }\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n        }\n      }\n    }\n  }\n": types.ClientAccountsDocument,
    "\n  mutation CreateWhatsAppAccountWeb($input: CreateWhatsAppAccountInput!) {\n    createWhatsAppAccount(input: $input) {\n      id\n    }\n  }\n": types.CreateWhatsAppAccountWebDocument,
    "\n  mutation UpdateWhatsAppAccountWeb($id: ID!, $input: UpdateWhatsAppAccountInput!) {\n    updateWhatsAppAccount(id: $id, input: $input) {\n      id\n      variant\n    }\n  }\n": types.UpdateWhatsAppAccountWebDocument,
    "\n  query WhatsAppBspOptions {\n    bsps {\n      id\n      name\n      hostingRegion\n    }\n  }\n": types.WhatsAppBspOptionsDocument,
    "\n  query AccountAttestations($id: ID!) {\n    client(id: $id) {\n      id\n      whatsAppAccounts {\n        id\n        attestations {\n          key\n          value\n          state\n          answeredAt\n          answeredByName\n          evidenceDocumentId\n          reviewComment\n          expired\n        }\n      }\n    }\n    documents(clientId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.AccountAttestationsDocument,
    "\n  mutation ReviewAnswerWeb($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) {\n    reviewAnswer(accountId: $accountId, key: $key, input: $input) {\n      key\n      state\n    }\n  }\n": types.ReviewAnswerWebDocument,
    "\n  mutation AttachAnswerEvidenceWeb($accountId: ID!, $key: String!, $documentId: ID!) {\n    attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) {\n      key\n      evidenceDocumentId\n    }\n  }\n": types.AttachAnswerEvidenceWebDocument,
    "\n  query AttestationPolicy($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      attestationPolicy {\n        acceptClaimedAnswers\n        reattestationMonths\n      }\n    }\n  }\n": types.AttestationPolicyDocument,
    "\n  mutation SetAttestationPolicy($clientId: ID!, $input: AttestationPolicyInput!) {\n    setAttestationPolicy(clientId: $clientId, input: $input) {\n      acceptClaimedAnswers\n      reattestationMonths\n    }\n  }\n": types.SetAttestationPolicyDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      role\n      clientId\n      twoFactorSetupRequired\n      user {\n        id\n        name\n        email\n        totpEnabled\n      }\n      tenant {\n        id\n        name\n        requireTwoFactor\n      }\n      memberships {\n        role\n        clientId\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      accessToken\n    }\n  }\n": types.SwitchTenantDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAdvice($clientId: ID!) {\n    adviceRecords(clientId: $clientId) {\n      id\n      subject\n      body\n      recommendation\n      riskIfIgnored\n      relatedRuleIds\n      dueAt\n      recordedAt\n      recordedByName\n      status\n      overdue\n      acknowledgement {\n        decision\n        comment\n        acknowledgedAt\n        acknowledgedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAdvice($clientId: ID!) {\n    adviceRecords(clientId: $clientId) {\n      id\n      subject\n      body\n      recommendation\n      riskIfIgnored\n      relatedRuleIds\n      dueAt\n      recordedAt\n      recordedByName\n      status\n      overdue\n      acknowledgement {\n        decision\n        comment\n        acknowledgedAt\n        acknowledgedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAdviceWeb($input: RecordAdviceInput!) {\n    recordAdvice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAdviceWeb($input: RecordAdviceInput!) {\n    recordAdvice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAdviceWeb($id: ID!, $input: AcknowledgeAdviceInput!) {\n    acknowledgeAdvice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAdviceWeb($id: ID!, $input: AcknowledgeAdviceInput!) {\n    acknowledgeAdvice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCampaigns($id: ID!) {\n    client(id: $id) {\n      id\n      campaigns {\n        id\n        title\n        body\n        dueAt\n        questions {\n          key\n          textDe\n          textEn\n          value\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientCampaigns($id: ID!) {\n    client(id: $id) {\n      id\n      campaigns {\n        id\n        title\n        body\n        dueAt\n        questions {\n          key\n          textDe\n          textEn\n          value\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCampaignQuestionWeb($input: CampaignAnswerInput!) {\n    answerCampaignQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCampaignQuestionWeb($input: CampaignAnswerInput!) {\n    answerCampaignQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCampaignAnswersWeb($campaignId: ID!, $clientId: ID!) {\n    verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) {\n      questions {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCampaignAnswersWeb($campaignId: ID!, $clientId: ID!) {\n    verifyCampaignAnswers(campaignId: $campaignId, clientId: $clientId) {\n      questions {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      clientId\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      scopes\n      clientId\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorType\n          actorLabel\n          entityType\n          entityId\n          clientId\n          changes\n          ip\n          hash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          sequence\n          occurredAt\n          action\n          actorType\n          actorLabel\n          entityType\n          entityId\n          clientId\n          changes\n          ip\n          hash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedCount\n      firstInvalidSequence\n      headHash\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedCount\n      firstInvalidSequence\n      headHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLoginOptions($input: PasskeyLoginOptionsInput) {\n    passkeyLoginOptions(input: $input)\n  }\n"): (typeof documents)["\n  mutation PasskeyLoginOptions($input: PasskeyLoginOptionsInput) {\n    passkeyLoginOptions(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithPasskey($response: String!) {\n    loginWithPasskey(response: $response) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithPasskey($response: String!) {\n    loginWithPasskey(response: $response) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientBreaches($clientId: ID!, $first: Int) {\n    breaches(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          discoveredAt\n          occurredAt\n          dataCategories\n          subjectCategories\n          approxSubjects\n          approxRecords\n          likelyConsequences\n          measures\n          contact\n          subjectsCommunication\n          risk\n          notificationRequired\n          notificationDeadline\n          overdue\n          notifiedAt\n          notificationReference\n          lateReason\n          subjectsCommunicationRequired\n          subjectsInformedAt\n          authority {\n            code\n            shortName\n            name\n            reportingUrl\n          }\n          notificationDraft\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientBreaches($clientId: ID!, $first: Int) {\n    breaches(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          description\n          discoveredAt\n          occurredAt\n          dataCategories\n          subjectCategories\n          approxSubjects\n          approxRecords\n          likelyConsequences\n          measures\n          contact\n          subjectsCommunication\n          risk\n          notificationRequired\n          notificationDeadline\n          overdue\n          notifiedAt\n          notificationReference\n          lateReason\n          subjectsCommunicationRequired\n          subjectsInformedAt\n          authority {\n            code\n            shortName\n            name\n            reportingUrl\n          }\n          notificationDraft\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportBreach($input: ReportBreachInput!) {\n    reportBreach(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportBreach($input: ReportBreachInput!) {\n    reportBreach(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkBreachNotified($id: ID!, $input: MarkBreachNotifiedInput!) {\n    markBreachNotified(id: $id, input: $input) {\n      id\n      notifiedAt\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation MarkBreachNotified($id: ID!, $input: MarkBreachNotifiedInput!) {\n    markBreachNotified(id: $id, input: $input) {\n      id\n      notifiedAt\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBreach($id: ID!, $input: BreachDetailsInput!) {\n    updateBreach(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBreach($id: ID!, $input: BreachDetailsInput!) {\n    updateBreach(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      code\n      shortName\n      name\n    }\n  }\n"): (typeof documents)["\n  query SupervisoryAuthorities {\n    supervisoryAuthorities {\n      code\n      shortName\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bsps {\n    bsps {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"): (typeof documents)["\n  query Bsps {\n    bsps {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBsp($input: CreateBspInput!) {\n    createBsp(input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBsp($input: CreateBspInput!) {\n    createBsp(input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBsp($id: ID!, $input: UpdateBspInput!) {\n    updateBsp(id: $id, input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBsp($id: ID!, $input: UpdateBspInput!) {\n    updateBsp(id: $id, input: $input) {\n      id\n      name\n      hostingRegion\n      transferMechanism\n      dpaAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns(first: 100) {\n      id\n      title\n      dueAt\n      createdAt\n      clientCount\n      questionCount\n    }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns(first: 100) {\n      id\n      title\n      dueAt\n      createdAt\n      clientCount\n      questionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      body\n      dueAt\n      createdAt\n      questions {\n        key\n        textDe\n        textEn\n      }\n      progress {\n        clients\n        complete\n        verified\n        overdue\n      }\n      clients {\n        clientId\n        clientName\n        answered\n        verified\n        complete\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      title\n      body\n      dueAt\n      createdAt\n      questions {\n        key\n        textDe\n        textEn\n      }\n      progress {\n        clients\n        complete\n        verified\n        overdue\n      }\n      clients {\n        clientId\n        clientName\n        answered\n        verified\n        complete\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      archived\n      createdAt\n      industry\n      street\n      postalCode\n      city\n      contactName\n      contactEmail\n      nextReviewAt\n      openTaskCount\n      assignedDpo {\n        id\n        name\n      }\n      compliance {\n        level\n        score\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n          legalReference\n          remediation\n          remediationEn\n          accountId\n        }\n      }\n      consentStats {\n        pending\n        confirmed\n        withdrawn\n        expired\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetail($id: ID!) {\n    client(id: $id) {\n      id\n      name\n      archived\n      createdAt\n      industry\n      street\n      postalCode\n      city\n      contactName\n      contactEmail\n      nextReviewAt\n      openTaskCount\n      assignedDpo {\n        id\n        name\n      }\n      compliance {\n        level\n        score\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n          legalReference\n          remediation\n          remediationEn\n          accountId\n        }\n      }\n      consentStats {\n        pending\n        confirmed\n        withdrawn\n        expired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOptions($first: Int) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOptions($first: Int) {\n    clients(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...PortfolioClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      ...PortfolioClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortfolioClientFields on Client {\n    id\n    name\n    archived\n    createdAt\n    openTaskCount\n    nextReviewAt\n    breachDeadline\n    compliance {\n      level\n      score\n    }\n    consentStats {\n      confirmed\n      pending\n    }\n  }\n"): (typeof documents)["\n  fragment PortfolioClientFields on Client {\n    id\n    name\n    archived\n    createdAt\n    openTaskCount\n    nextReviewAt\n    breachDeadline\n    compliance {\n      level\n      score\n    }\n    consentStats {\n      confirmed\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioClients($first: Int, $after: String) {\n    clients(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PortfolioClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioClients($first: Int, $after: String) {\n    clients(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...PortfolioClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientConsents($clientId: ID!, $filter: ConsentFilter, $first: Int) {\n    consentTexts(clientId: $clientId) {\n      id\n      version\n      language\n      title\n      purposes\n      sha256\n      readabilityScore\n      findings {\n        checkId\n        severity\n      }\n    }\n    consentRecords(clientId: $clientId, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          purpose\n          status\n          maskedPhoneNumber\n          confirmedAt\n          withdrawnAt\n          updatedAt\n        }\n      }\n    }\n    consentImports(clientId: $clientId) {\n      id\n      state\n      dryRun\n      processedRows\n      importedRows\n      errorCount\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ClientConsents($clientId: ID!, $filter: ConsentFilter, $first: Int) {\n    consentTexts(clientId: $clientId) {\n      id\n      version\n      language\n      title\n      purposes\n      sha256\n      readabilityScore\n      findings {\n        checkId\n        severity\n      }\n    }\n    consentRecords(clientId: $clientId, filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          purpose\n          status\n          maskedPhoneNumber\n          confirmedAt\n          withdrawnAt\n          updatedAt\n        }\n      }\n    }\n    consentImports(clientId: $clientId) {\n      id\n      state\n      dryRun\n      processedRows\n      importedRows\n      errorCount\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsentTextWeb($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConsentTextWeb($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConsentWeb($input: RequestConsentInput!) {\n    requestConsent(input: $input) {\n      id\n      confirmationUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestConsentWeb($input: RequestConsentInput!) {\n    requestConsent(input: $input) {\n      id\n      confirmationUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentConfirmation($token: String!) {\n    consentConfirmation(token: $token) {\n      businessName\n      language\n      title\n      text\n      textSha256\n      purposes\n      maskedPhoneNumber\n      expiresAt\n      state\n    }\n  }\n"): (typeof documents)["\n  query ConsentConfirmation($token: String!) {\n    consentConfirmation(token: $token) {\n      businessName\n      language\n      title\n      text\n      textSha256\n      purposes\n      maskedPhoneNumber\n      expiresAt\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      id\n      confirmedAt\n      records {\n        purpose\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      id\n      confirmedAt\n      records {\n        purpose\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentWithdrawal($token: String!) {\n    consentWithdrawal(token: $token) {\n      businessName\n      purposes\n      active\n    }\n  }\n"): (typeof documents)["\n  query ConsentWithdrawal($token: String!) {\n    consentWithdrawal(token: $token) {\n      businessName\n      purposes\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsentByToken($token: String!) {\n    withdrawConsentByToken(token: $token) {\n      businessName\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsentByToken($token: String!) {\n    withdrawConsentByToken(token: $token) {\n      businessName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirmDeadlines {\n    dataSubjectRequests(first: 500, filter: { status: [OPEN, EXTENDED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          type\n          dueOn\n          dueAt\n          overdue\n        }\n      }\n    }\n    breaches(first: 500) {\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          title\n          notificationRequired\n          notificationDeadline\n          notifiedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirmDeadlines {\n    dataSubjectRequests(first: 500, filter: { status: [OPEN, EXTENDED] }) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          type\n          dueOn\n          dueAt\n          overdue\n        }\n      }\n    }\n    breaches(first: 500) {\n      edges {\n        node {\n          id\n          clientId\n          clientName\n          title\n          notificationRequired\n          notificationDeadline\n          notifiedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDocuments($clientId: ID!, $first: Int) {\n    documents(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          nextReviewAt\n          reviewDue\n          returnReason\n          versions {\n            id\n            version\n            filename\n            contentType\n            size\n            sha256\n            uploadedAt\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDocuments($clientId: ID!, $first: Int) {\n    documents(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          title\n          status\n          nextReviewAt\n          reviewDue\n          returnReason\n          versions {\n            id\n            version\n            filename\n            contentType\n            size\n            sha256\n            uploadedAt\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDocument($id: ID!) {\n    approveDocument(id: $id) {\n      id\n      status\n      nextReviewAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDocument($id: ID!) {\n    approveDocument(id: $id) {\n      id\n      status\n      nextReviewAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      acceptUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      clientId\n      expiresAt\n      acceptedAt\n      acceptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($id: ID!, $role: MemberRole!, $clientId: ID) {\n    changeMemberRole(id: $id, role: $role, clientId: $clientId) {\n      id\n      role\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($id: ID!, $role: MemberRole!, $clientId: ID) {\n    changeMemberRole(id: $id, role: $role, clientId: $clientId) {\n      id\n      role\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMemberSecondFactor($id: ID!) {\n    resetMemberSecondFactor(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetMemberSecondFactor($id: ID!) {\n    resetMemberSecondFactor(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      acceptUrl\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      acceptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      id\n      userId\n      name\n      email\n      role\n      clientId\n      twoFactorEnabled\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      id\n      userId\n      name\n      email\n      role\n      clientId\n      twoFactorEnabled\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessagingChannel($input: CreateMessagingChannelInput!) {\n    createMessagingChannel(input: $input) {\n      channel {\n        id\n        provider\n        webhookUrl\n      }\n      secret\n      verifyToken\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMessagingChannel($input: CreateMessagingChannelInput!) {\n    createMessagingChannel(input: $input) {\n      channel {\n        id\n        provider\n        webhookUrl\n      }\n      secret\n      verifyToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingChannels($clientId: ID!) {\n    messagingChannels(clientId: $clientId) {\n      id\n      provider\n      maskedPhoneNumber\n      webhookUrl\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n      secretRotatedAt\n      previousSecretValidUntil\n      deliveries(first: 20) {\n        id\n        receivedAt\n        kind\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagingChannels($clientId: ID!) {\n    messagingChannels(clientId: $clientId) {\n      id\n      provider\n      maskedPhoneNumber\n      webhookUrl\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n      secretRotatedAt\n      previousSecretValidUntil\n      deliveries(first: 20) {\n        id\n        receivedAt\n        kind\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateMessagingChannelSecret($id: ID!) {\n    rotateMessagingChannelSecret(id: $id) {\n      channel {\n        id\n        provider\n        webhookUrl\n        secretRotatedAt\n        previousSecretValidUntil\n      }\n      secret\n      verifyToken\n    }\n  }\n"): (typeof documents)["\n  mutation RotateMessagingChannelSecret($id: ID!) {\n    rotateMessagingChannelSecret(id: $id) {\n      channel {\n        id\n        provider\n        webhookUrl\n        secretRotatedAt\n        previousSecretValidUntil\n      }\n      secret\n      verifyToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessagingChannelKeywords($id: ID!, $input: MessagingKeywordsInput!) {\n    updateMessagingChannelKeywords(id: $id, input: $input) {\n      id\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMessagingChannelKeywords($id: ID!, $input: MessagingKeywordsInput!) {\n    updateMessagingChannelKeywords(id: $id, input: $input) {\n      id\n      optOutKeywords\n      optOutPurposes\n      confirmKeywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      language\n      digestEnabled\n      digestHour\n      remindersEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      role\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioHistory($days: Int) {\n    portfolioHistory(days: $days) {\n      day\n      clientCount\n      openTasks\n      overdueTasks\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioHistory($days: Int) {\n    portfolioHistory(days: $days) {\n      day\n      clientCount\n      openTasks\n      overdueTasks\n      byLevel {\n        level\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioSummary {\n    portfolioSummary {\n      clientCount\n      openTasks\n      reviewsDue\n      byLevel {\n        level\n        count\n      }\n      consents {\n        confirmed\n        pending\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioSummary {\n    portfolioSummary {\n      clientCount\n      openTasks\n      reviewsDue\n      byLevel {\n        level\n        count\n      }\n      consents {\n        confirmed\n        pending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProcessingRecordFields on ProcessingRecord {\n    name\n    description\n    purposes\n    legalBases\n    specialCategoryConditions\n    subjectCategories\n    dataCategories\n    recipients {\n      name\n      kind\n      region\n      bspId\n    }\n    transfers {\n      recipient\n      country\n      mechanism\n    }\n    retention\n    securityMeasures\n    whatsAppVariants\n    technicalMeasureIds\n  }\n"): (typeof documents)["\n  fragment ProcessingRecordFields on ProcessingRecord {\n    name\n    description\n    purposes\n    legalBases\n    specialCategoryConditions\n    subjectCategories\n    dataCategories\n    recipients {\n      name\n      kind\n      region\n      bspId\n    }\n    transfers {\n      recipient\n      country\n      mechanism\n    }\n    retention\n    securityMeasures\n    whatsAppVariants\n    technicalMeasureIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientProcessingActivities($clientId: ID!) {\n    processingActivities(clientId: $clientId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          status\n          version\n          approvedVersion\n          name\n          transferGaps\n          nextReviewAt\n          record {\n            ...ProcessingRecordFields\n          }\n          versions {\n            version\n            createdAt\n            approvedAt\n            record {\n              ...ProcessingRecordFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientProcessingActivities($clientId: ID!) {\n    processingActivities(clientId: $clientId, first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          clientId\n          status\n          version\n          approvedVersion\n          name\n          transferGaps\n          nextReviewAt\n          record {\n            ...ProcessingRecordFields\n          }\n          versions {\n            version\n            createdAt\n            approvedAt\n            record {\n              ...ProcessingRecordFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessingTemplates {\n    processingTemplates {\n      id\n      name\n      language\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query ProcessingTemplates {\n    processingTemplates {\n      id\n      name\n      language\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyProcessingTemplate($input: ApplyProcessingTemplateInput!) {\n    applyProcessingTemplate(input: $input) {\n      id\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyProcessingTemplate($input: ApplyProcessingTemplateInput!) {\n    applyProcessingTemplate(input: $input) {\n      id\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProcessingActivity($input: CreateProcessingActivityInput!) {\n    createProcessingActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProcessingActivity($id: ID!, $input: UpdateProcessingActivityInput!) {\n    updateProcessingActivity(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProcessingActivity($id: ID!) {\n    submitProcessingActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProcessingActivity($id: ID!) {\n    submitProcessingActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProcessingActivity($id: ID!) {\n    approveProcessingActivity(id: $id) {\n      id\n      status\n      approvedVersion\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProcessingActivity($id: ID!) {\n    approveProcessingActivity(id: $id) {\n      id\n      status\n      approvedVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TechnicalMeasures($clientId: ID!) {\n    technicalMeasures(clientId: $clientId) {\n      measureId\n      goal\n      title\n      titleEn\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n"): (typeof documents)["\n  query TechnicalMeasures($clientId: ID!) {\n    technicalMeasures(clientId: $clientId) {\n      measureId\n      goal\n      title\n      titleEn\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTechnicalMeasureStatus($input: SetTechnicalMeasureStatusInput!) {\n    setTechnicalMeasureStatus(input: $input) {\n      measureId\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n"): (typeof documents)["\n  mutation SetTechnicalMeasureStatus($input: SetTechnicalMeasureStatusInput!) {\n    setTechnicalMeasureStatus(input: $input) {\n      measureId\n      status\n      note\n      evidenceDocumentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DpiaScreening($activityId: ID!) {\n    dpiaScreening(activityId: $activityId) {\n      activityId\n      result\n      authorityListEntry\n      questions {\n        criterion\n        text\n        textEn\n        met\n      }\n      dpia {\n        status\n        description\n        necessity\n        residualRisk\n        consultationRequired\n        risks {\n          description\n          likelihood\n          severity\n          level\n          measures\n          residualLikelihood\n          residualSeverity\n          residualLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DpiaScreening($activityId: ID!) {\n    dpiaScreening(activityId: $activityId) {\n      activityId\n      result\n      authorityListEntry\n      questions {\n        criterion\n        text\n        textEn\n        met\n      }\n      dpia {\n        status\n        description\n        necessity\n        residualRisk\n        consultationRequired\n        risks {\n          description\n          likelihood\n          severity\n          level\n          measures\n          residualLikelihood\n          residualSeverity\n          residualLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDpiaScreening($input: SaveDpiaScreeningInput!) {\n    saveDpiaScreening(input: $input) {\n      activityId\n      result\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDpiaScreening($input: SaveDpiaScreeningInput!) {\n    saveDpiaScreening(input: $input) {\n      activityId\n      result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDpia($input: SaveDpiaInput!) {\n    saveDpia(input: $input) {\n      activityId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDpia($input: SaveDpiaInput!) {\n    saveDpia(input: $input) {\n      activityId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDpia($activityId: ID!) {\n    approveDpia(activityId: $activityId) {\n      activityId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDpia($activityId: ID!) {\n    approveDpia(activityId: $activityId) {\n      activityId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestIntakeSettings($clientId: ID!) {\n    dataSubjectRequestIntake(clientId: $clientId) {\n      clientId\n      enabled\n      url\n    }\n  }\n"): (typeof documents)["\n  query RequestIntakeSettings($clientId: ID!) {\n    dataSubjectRequestIntake(clientId: $clientId) {\n      clientId\n      enabled\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequestIntake($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {\n    setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) {\n      clientId\n      enabled\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation SetRequestIntake($clientId: ID!, $enabled: Boolean!, $newLink: Boolean) {\n    setDataSubjectRequestIntake(clientId: $clientId, enabled: $enabled, newLink: $newLink) {\n      clientId\n      enabled\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRequestIntake($token: String!) {\n    publicDataSubjectRequestIntake(token: $token) {\n      clientName\n      types\n    }\n  }\n"): (typeof documents)["\n  query PublicRequestIntake($token: String!) {\n    publicDataSubjectRequestIntake(token: $token) {\n      clientName\n      types\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($token: String!, $input: SubmitDataSubjectRequestInput!) {\n    submitDataSubjectRequest(token: $token, input: $input) {\n      reference\n      receivedAt\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($token: String!, $input: SubmitDataSubjectRequestInput!) {\n    submitDataSubjectRequest(token: $token, input: $input) {\n      reference\n      receivedAt\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientRequests($clientId: ID!, $first: Int) {\n    dataSubjectRequests(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          channel\n          receivedAt\n          maskedPhoneNumber\n          description\n          contact\n          identityStatus\n          dueOn\n          dueAt\n          overdue\n          extensionMonths\n          status\n          respondedAt\n          actions {\n            id\n            action\n            outcome\n            detail\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientRequests($clientId: ID!, $first: Int) {\n    dataSubjectRequests(clientId: $clientId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          channel\n          receivedAt\n          maskedPhoneNumber\n          description\n          contact\n          identityStatus\n          dueOn\n          dueAt\n          overdue\n          extensionMonths\n          status\n          respondedAt\n          actions {\n            id\n            action\n            outcome\n            detail\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {\n    createDataSubjectRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRequest($input: CreateDataSubjectRequestInput!) {\n    createDataSubjectRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequestIdentity($id: ID!, $status: IdentityCheckStatus!) {\n    setDataSubjectRequestIdentity(id: $id, status: $status) {\n      id\n      identityStatus\n    }\n  }\n"): (typeof documents)["\n  mutation SetRequestIdentity($id: ID!, $status: IdentityCheckStatus!) {\n    setDataSubjectRequestIdentity(id: $id, status: $status) {\n      id\n      identityStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRequestAction($id: ID!, $action: DataSubjectRequestAction!) {\n    runDataSubjectRequestAction(id: $id, action: $action) {\n      json\n      action {\n        id\n        action\n        outcome\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunRequestAction($id: ID!, $action: DataSubjectRequestAction!) {\n    runDataSubjectRequestAction(id: $id, action: $action) {\n      json\n      action {\n        id\n        action\n        outcome\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendRequest($id: ID!, $input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRequest($id: ID!, $input: CloseDataSubjectRequestInput!) {\n    closeDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRequest($id: ID!, $input: CloseDataSubjectRequestInput!) {\n    closeDataSubjectRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      signedInAt\n      lastUsedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      userAgent\n      ip\n      signedInAt\n      lastUsedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($input: TotpCodeInput!) {\n    confirmTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotp($input: TotpCodeInput!) {\n    confirmTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: TotpCodeInput!) {\n    disableTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: TotpCodeInput!) {\n    disableTotp(input: $input) {\n      id\n      totpEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableTotp {\n    enableTotp {\n      otpauthUrl\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation EnableTotp {\n    enableTotp {\n      otpauthUrl\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Passkeys {\n    passkeys {\n      id\n      name\n      backedUp\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query Passkeys {\n    passkeys {\n      id\n      name\n      backedUp\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"): (typeof documents)["\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPasskey($input: RegisterPasskeyInput!) {\n    registerPasskey(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPasskey($input: RegisterPasskeyInput!) {\n    registerPasskey(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecoveryCodes($input: TotpCodeInput!) {\n    generateRecoveryCodes(input: $input)\n  }\n"): (typeof documents)["\n  mutation GenerateRecoveryCodes($input: TotpCodeInput!) {\n    generateRecoveryCodes(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequireTwoFactor($required: Boolean!) {\n    setRequireTwoFactor(required: $required)\n  }\n"): (typeof documents)["\n  mutation SetRequireTwoFactor($required: Boolean!) {\n    setRequireTwoFactor(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoOptions($email: String!) {\n    ssoOptions(email: $email) {\n      tenantId\n      tenantName\n      startUrl\n    }\n  }\n"): (typeof documents)["\n  query SsoOptions($email: String!) {\n    ssoOptions(email: $email) {\n      tenantId\n      tenantName\n      startUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    requireSso\n    redirectUri\n  }\n"): (typeof documents)["\n  fragment SsoSettingsFields on SsoSettings {\n    issuer\n    clientId\n    hasClientSecret\n    allowedDomains\n    defaultRole\n    enabled\n    requireSso\n    redirectUri\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    ssoSettings {\n      ...SsoSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureSso($input: SsoSettingsInput!) {\n    configureSso(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureSso($input: SsoSettingsInput!) {\n    configureSso(input: $input) {\n      ...SsoSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskInbox($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          priority\n          dueAt\n          overdue\n          source\n          ruleId\n          client {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskInbox($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          priority\n          dueAt\n          overdue\n          source\n          ruleId\n          client {\n            id\n            name\n          }\n          assignee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaskStatus($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n      status\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTaskStatus($id: ID!, $input: UpdateTaskInput!) {\n    updateTask(id: $id, input: $input) {\n      id\n      status\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAccounts($id: ID!) {\n    client(id: $id) {\n      id\n      compliance {\n        level\n        score\n      }\n      whatsAppAccounts {\n        id\n        label\n        variant\n        answeredAt\n        bsp {\n          id\n        }\n        answers {\n          accountDeletionProcess\n          addressBookOnlyConsentingContacts\n          bspDpaSigned\n          contactSyncDisabled\n          dedicatedBusinessDevice\n          doubleOptInDocumented\n          privacyNoticeCoversWhatsApp\n          profileHasImprint\n          profileLinksPrivacyNotice\n          sendsMarketing\n          separateMarketingConsent\n          usedForBusiness\n        }\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAccounts($id: ID!) {\n    client(id: $id) {\n      id\n      compliance {\n        level\n        score\n      }\n      whatsAppAccounts {\n        id\n        label\n        variant\n        answeredAt\n        bsp {\n          id\n        }\n        answers {\n          accountDeletionProcess\n          addressBookOnlyConsentingContacts\n          bspDpaSigned\n          contactSyncDisabled\n          dedicatedBusinessDevice\n          doubleOptInDocumented\n          privacyNoticeCoversWhatsApp\n          profileHasImprint\n          profileLinksPrivacyNotice\n          sendsMarketing\n          separateMarketingConsent\n          usedForBusiness\n        }\n        findings {\n          ruleId\n          status\n          severity\n          title\n          titleEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWhatsAppAccountWeb($input: CreateWhatsAppAccountInput!) {\n    createWhatsAppAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWhatsAppAccountWeb($input: CreateWhatsAppAccountInput!) {\n    createWhatsAppAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWhatsAppAccountWeb($id: ID!, $input: UpdateWhatsAppAccountInput!) {\n    updateWhatsAppAccount(id: $id, input: $input) {\n      id\n      variant\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWhatsAppAccountWeb($id: ID!, $input: UpdateWhatsAppAccountInput!) {\n    updateWhatsAppAccount(id: $id, input: $input) {\n      id\n      variant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatsAppBspOptions {\n    bsps {\n      id\n      name\n      hostingRegion\n    }\n  }\n"): (typeof documents)["\n  query WhatsAppBspOptions {\n    bsps {\n      id\n      name\n      hostingRegion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAttestations($id: ID!) {\n    client(id: $id) {\n      id\n      whatsAppAccounts {\n        id\n        attestations {\n          key\n          value\n          state\n          answeredAt\n          answeredByName\n          evidenceDocumentId\n          reviewComment\n          expired\n        }\n      }\n    }\n    documents(clientId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountAttestations($id: ID!) {\n    client(id: $id) {\n      id\n      whatsAppAccounts {\n        id\n        attestations {\n          key\n          value\n          state\n          answeredAt\n          answeredByName\n          evidenceDocumentId\n          reviewComment\n          expired\n        }\n      }\n    }\n    documents(clientId: $id, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAnswerWeb($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) {\n    reviewAnswer(accountId: $accountId, key: $key, input: $input) {\n      key\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAnswerWeb($accountId: ID!, $key: String!, $input: ReviewAnswerInput!) {\n    reviewAnswer(accountId: $accountId, key: $key, input: $input) {\n      key\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachAnswerEvidenceWeb($accountId: ID!, $key: String!, $documentId: ID!) {\n    attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) {\n      key\n      evidenceDocumentId\n    }\n  }\n"): (typeof documents)["\n  mutation AttachAnswerEvidenceWeb($accountId: ID!, $key: String!, $documentId: ID!) {\n    attachAnswerEvidence(accountId: $accountId, key: $key, documentId: $documentId) {\n      key\n      evidenceDocumentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttestationPolicy($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      attestationPolicy {\n        acceptClaimedAnswers\n        reattestationMonths\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttestationPolicy($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      attestationPolicy {\n        acceptClaimedAnswers\n        reattestationMonths\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttestationPolicy($clientId: ID!, $input: AttestationPolicyInput!) {\n    setAttestationPolicy(clientId: $clientId, input: $input) {\n      acceptClaimedAnswers\n      reattestationMonths\n    }\n  }\n"): (typeof documents)["\n  mutation SetAttestationPolicy($clientId: ID!, $input: AttestationPolicyInput!) {\n    setAttestationPolicy(clientId: $clientId, input: $input) {\n      acceptClaimedAnswers\n      reattestationMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      role\n      clientId\n      twoFactorSetupRequired\n      user {\n        id\n        name\n        email\n        totpEnabled\n      }\n      tenant {\n        id\n        name\n        requireTwoFactor\n      }\n      memberships {\n        role\n        clientId\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      role\n      clientId\n      twoFactorSetupRequired\n      user {\n        id\n        name\n        email\n        totpEnabled\n      }\n      tenant {\n        id\n        name\n        requireTwoFactor\n      }\n      memberships {\n        role\n        clientId\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      accessToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;