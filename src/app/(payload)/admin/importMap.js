import { ChangesRequestedNotice as ChangesRequestedNotice_7d49ba020347320f1985b4c3026ed00f } from '@/components/admin/ReviewActions'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { RequestChangesButton as RequestChangesButton_7d49ba020347320f1985b4c3026ed00f } from '@/components/admin/ReviewActions'
import { ArticleTestSend as ArticleTestSend_201c7aa047916f5b45dc2849d704f00c } from '@/components/admin/NewsletterTestSend'
import { BulkPublishGate as BulkPublishGate_9b64b88bcd871ff4a7f02a29715dbb63 } from '@/components/admin/BulkPublishGate'
import { AutosaveOnLeave as AutosaveOnLeave_555e26e4614d29384f91a16bcd867b26 } from '@/components/admin/AutosaveOnLeave'
import { PublishOrSubmitForReview as PublishOrSubmitForReview_7d49ba020347320f1985b4c3026ed00f } from '@/components/admin/ReviewActions'
import { VersionHistory as VersionHistory_1e0b8b855d2394e72de6ae25c959838e } from '@/components/admin/VersionHistory'
import { ArticleCell as ArticleCell_3b7ac11a1628981463d3b93aab76bd89 } from '@/components/admin/commentCells'
import { BodyCell as BodyCell_3b7ac11a1628981463d3b93aab76bd89 } from '@/components/admin/commentCells'
import { StaffReply as StaffReply_7223d65396716526ab36f84ce3a1b260 } from '@/components/admin/StaffReply'
import { ModerateRow as ModerateRow_f19beb424fd6858043af3fcb1a123d80 } from '@/components/admin/ModerateRow'
import { CommentStatusCounts as CommentStatusCounts_0feea4b26dcff55f68b9d68f7e9b482e } from '@/components/admin/ModerationCounts'
import { ModerateSelection as ModerateSelection_2fb9b9045896bdfb55a1409cd11d9948 } from '@/components/admin/ModerateSelection'
import { PendingFirst as PendingFirst_48eb6eba0301228cd5fcc9dc861a553b } from '@/components/admin/PendingFirst'
import { DecisionEmail as DecisionEmail_b00b0d43fb23ccdd068c258cb80893c8 } from '@/components/admin/DecisionEmail'
import { ManuscriptPanel as ManuscriptPanel_04b16b19b8abf1aa8f753d1c373043ec } from '@/components/admin/ManuscriptPanel'
import { ConvertToDraft as ConvertToDraft_27040113ee088800951e85bbfded7209 } from '@/components/admin/ConvertToDraft'
import { SubscriberCounts as SubscriberCounts_1b2e6d1726caecd04b717126d16716f8 } from '@/components/admin/SubscriberCounts'
import { NextDigestTestSend as NextDigestTestSend_201c7aa047916f5b45dc2849d704f00c } from '@/components/admin/NewsletterTestSend'
import { LanguageField as LanguageField_c78b5a1e04ea81ee082bed6ad7133baa } from '@/components/admin/LanguageField'
import { InviteStaff as InviteStaff_eb8f12db7ef4b021b59093d2651fca25 } from '@/components/admin/InviteStaff'
import { ImportRedirects as ImportRedirects_75ef13c9a8e2960b7a24687c6956ec46 } from '@/components/admin/ImportRedirects'
import { YourArticles as YourArticles_0f96d12454e7b4460afa0fd394023f17 } from '@/components/admin/YourArticles'
import { ReviewQueue as ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1 } from '@/components/admin/ReviewQueue'
import { ModerationNotice as ModerationNotice_0feea4b26dcff55f68b9d68f7e9b482e } from '@/components/admin/ModerationCounts'
import { AdminLanguageSync as AdminLanguageSync_438ddcf2b4a335acc1e9efb573bf52e7 } from '@/components/admin/AdminLanguageSync'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/ReviewActions#ChangesRequestedNotice": ChangesRequestedNotice_7d49ba020347320f1985b4c3026ed00f,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/components/admin/ReviewActions#RequestChangesButton": RequestChangesButton_7d49ba020347320f1985b4c3026ed00f,
  "@/components/admin/NewsletterTestSend#ArticleTestSend": ArticleTestSend_201c7aa047916f5b45dc2849d704f00c,
  "@/components/admin/BulkPublishGate#BulkPublishGate": BulkPublishGate_9b64b88bcd871ff4a7f02a29715dbb63,
  "@/components/admin/AutosaveOnLeave#AutosaveOnLeave": AutosaveOnLeave_555e26e4614d29384f91a16bcd867b26,
  "@/components/admin/ReviewActions#PublishOrSubmitForReview": PublishOrSubmitForReview_7d49ba020347320f1985b4c3026ed00f,
  "@/components/admin/VersionHistory#VersionHistory": VersionHistory_1e0b8b855d2394e72de6ae25c959838e,
  "@/components/admin/commentCells#ArticleCell": ArticleCell_3b7ac11a1628981463d3b93aab76bd89,
  "@/components/admin/commentCells#BodyCell": BodyCell_3b7ac11a1628981463d3b93aab76bd89,
  "@/components/admin/StaffReply#StaffReply": StaffReply_7223d65396716526ab36f84ce3a1b260,
  "@/components/admin/ModerateRow#ModerateRow": ModerateRow_f19beb424fd6858043af3fcb1a123d80,
  "@/components/admin/ModerationCounts#CommentStatusCounts": CommentStatusCounts_0feea4b26dcff55f68b9d68f7e9b482e,
  "@/components/admin/ModerateSelection#ModerateSelection": ModerateSelection_2fb9b9045896bdfb55a1409cd11d9948,
  "@/components/admin/PendingFirst#PendingFirst": PendingFirst_48eb6eba0301228cd5fcc9dc861a553b,
  "@/components/admin/DecisionEmail#DecisionEmail": DecisionEmail_b00b0d43fb23ccdd068c258cb80893c8,
  "@/components/admin/ManuscriptPanel#ManuscriptPanel": ManuscriptPanel_04b16b19b8abf1aa8f753d1c373043ec,
  "@/components/admin/ConvertToDraft#ConvertToDraft": ConvertToDraft_27040113ee088800951e85bbfded7209,
  "@/components/admin/SubscriberCounts#SubscriberCounts": SubscriberCounts_1b2e6d1726caecd04b717126d16716f8,
  "@/components/admin/NewsletterTestSend#NextDigestTestSend": NextDigestTestSend_201c7aa047916f5b45dc2849d704f00c,
  "@/components/admin/LanguageField#LanguageField": LanguageField_c78b5a1e04ea81ee082bed6ad7133baa,
  "@/components/admin/InviteStaff#InviteStaff": InviteStaff_eb8f12db7ef4b021b59093d2651fca25,
  "@/components/admin/ImportRedirects#ImportRedirects": ImportRedirects_75ef13c9a8e2960b7a24687c6956ec46,
  "@/components/admin/YourArticles#YourArticles": YourArticles_0f96d12454e7b4460afa0fd394023f17,
  "@/components/admin/ReviewQueue#ReviewQueue": ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1,
  "@/components/admin/ModerationCounts#ModerationNotice": ModerationNotice_0feea4b26dcff55f68b9d68f7e9b482e,
  "@/components/admin/AdminLanguageSync#AdminLanguageSync": AdminLanguageSync_438ddcf2b4a335acc1e9efb573bf52e7,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
