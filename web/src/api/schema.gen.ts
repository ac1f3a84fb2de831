/**
 * Generated — do not edit. The request and response types of every server route, from the
 * zod schemas of the server's route table (GET /api/openapi.json).
 * Regenerate with `pnpm api:types` (kunlun openapi | web/scripts/apiSchemaTypes.ts, openapi-typescript).
 */
export interface paths {
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计操作类型 The audited actions in words, for filtering */
        get: operations["getApiAuditActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计记录 The audit trail the caller may review */
        get: operations["getApiAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: operations["postApiAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 Sign out */
        post: operations["postApiAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历 The listed days of a year: holidays (放假) and weekend days worked (调休上班) */
        get: operations["getApiCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存工作日历 Replace the listed days of a year */
        put: operations["putApiCalendarYearsYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 已阅 Mark a circulated item read (leaves a read record) */
        post: operations["postApiCirculationsIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程库 Every process with its upgrade status */
        get: operations["getApiDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{id}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程图 BPMN XML of a definition version (for the diagram) */
        get: operations["getApiDefinitionsIdXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采用新版本 Adopt the newly shipped base of an untouched process */
        post: operations["postApiDefinitionsKeyAdopt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/fork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改 Start a draft from the published version */
        post: operations["postApiDefinitionsKeyFork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合并建议 Three-way merge of the fork with the new base */
        get: operations["getApiDefinitionsKeyMerge"];
        put?: never;
        /** 接受合并 Save the resolved merge as the draft */
        post: operations["postApiDefinitionsKeyMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本 Versions of a process */
        get: operations["getApiDefinitionsKeyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 比较 Semantic diff of two definitions (version ids or XML) */
        post: operations["postApiDefinitionsDiff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入 Import a .bpmn file as a draft */
        post: operations["postApiDefinitionsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 检查 Lint a definition against the enabled modules */
        post: operations["postApiDefinitionsLint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 迁移实例 Move running instances to another version, with an element mapping */
        post: operations["postApiDefinitionsMigrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可用表单与服务 Forms and service tasks of the enabled modules, for the designer and its lint */
        get: operations["getApiDefinitionsRegistry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本内容 One version with its XML */
        get: operations["getApiDefinitionsVersionsId"];
        /** 保存草稿 Save a draft */
        put: operations["putApiDefinitionsVersionsId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/versions/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 Download a version as .bpmn */
        get: operations["getApiDefinitionsVersionsIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/definitions/versions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 Publish a draft (refused when lint finds errors) */
        post: operations["postApiDefinitionsVersionsIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公文列表（草稿、发文、待签收、收文、归档），可按标题正文全文检索 Document lists with full-text search */
        get: operations["getApiDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公文详情 A document with its files, process state and the fields the caller may change */
        get: operations["getApiDocumentsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改公文（仅限当前环节可编辑的字段）Change the fields the caller’s open step allows */
        patch: operations["patchApiDocumentsId"];
        trace?: never;
    };
    "/api/documents/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版式预览（GB/T 9704 PDF，登记前文号留空）Preview the fixed-layout PDF */
        get: operations["getApiDocumentsIdPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回（仅限尚未签收的单位），可附理由，通知其收发员 Recall the document from units that have not signed; their registrars are told */
        post: operations["postApiDocumentsIdRecall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签收情况：每个收文单位的送达、签收（签收人、时间）、退文（理由）Receipt table per recipient unit */
        get: operations["getApiDocumentsIdReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/redistribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新分发：分发任务多次失败后由人工重新启动 Restart a distribution whose jobs gave up */
        post: operations["postApiDocumentsIdRedistribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/rendition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新印制版式文件（发文单位收发员或办公室主任）Make the PDF rendition again */
        post: operations["postApiDocumentsIdRendition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/rendition/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新生成失败的版式文件，流程随后继续（发文单位收发员或办公室主任）Retry a failed rendition; the process then goes on */
        post: operations["postApiDocumentsIdRenditionRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办未签收单位（通知其收发员）Urge the units that have not signed for it (their registrars are notified) */
        post: operations["postApiDocumentsIdUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/void-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废已撤销公文的文号（记入审计日志）Void the number of a cancelled document */
        post: operations["postApiDocumentsIdVoidNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/incoming/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收文处理笺 An incoming record with its handling, reading records and editable fields */
        get: operations["getApiDocumentsIncomingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 填写收文处理笺（仅限当前环节可编辑的字段）Fill in what the caller’s open step allows */
        patch: operations["patchApiDocumentsIncomingId"];
        trace?: never;
    };
    "/api/documents/incoming/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 纸质来文登记（系统外收到的公文），启动收文办理流程 Register a paper document received outside the system */
        post: operations["postApiDocumentsIncomingPaper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/numbers/{prefix}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发文字号登记簿 The register of a prefix’s numbers in a year (gaps listed; there should be none) */
        get: operations["getApiDocumentsNumbersPrefixYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/numbers/void-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 跳号作废：作废某机关代字的下一个文号（记入审计日志）Void the next number of a prefix */
        post: operations["postApiDocumentsNumbersVoidNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/outgoing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拟稿：新建发文并启动发文流程 Draft an outgoing document (starts documents.outgoing) */
        post: operations["postApiDocumentsOutgoing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/receipts/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退文（签收前），须说明理由 Return a delivered document to its sender with a reason */
        post: operations["postApiDocumentsReceiptsIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/receipts/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收：收文单位收发员签收，启动收文办理流程 Sign for a delivered document (starts documents.incoming) */
        post: operations["postApiDocumentsReceiptsIdSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/receiving-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代收单位：各单位由哪个单位的收发员签收（未给 unitIds 时列出已设置的单位）Who receives for each unit */
        get: operations["getApiDocumentsReceivingUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/receiving-units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置代收单位（null 恢复默认：政府由其办公室代收）Name the unit that receives for a unit (null: the default) */
        put: operations["putApiDocumentsReceivingUnitsUnitId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时事件 Server-sent events: new tasks, notifications */
        get: operations["getApiEventsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件 Upload a file (multipart field "file") */
        post: operations["postApiFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download a file one may read */
        get: operations["getApiFilesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 附件信息 What a file is (name, type, size, SHA-256) and who uploaded it when, for one who may read it */
        get: operations["getApiFilesIdInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/general/approvals/{instanceId}/outgoing-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签报转发文：据此拟出的公文，以及能否据此拟文 The document drafted from a request, and whether one may be */
        get: operations["getApiGeneralApprovalsInstanceIdOutgoingDraft"];
        put?: never;
        /** 据此拟文：由审批通过的签报拟发文稿 Draft an outgoing document from an approved request */
        post: operations["postApiGeneralApprovalsInstanceIdOutgoingDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程详情 State, how it ended, its form (read-only), active and completed steps, history with opinions and names */
        get: operations["getApiInstancesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复 Resume (managers) */
        post: operations["postApiInstancesIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 挂起 Suspend (managers) */
        post: operations["postApiInstancesIdSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止 Terminate (managers, or the initiator: 撤销) */
        post: operations["postApiInstancesIdTerminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 Urge the holders of the open tasks */
        post: operations["postApiInstancesIdUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instances/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Take back one’s last move while nobody has acted since */
        post: operations["postApiInstancesIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 The signed-in person: posts, acting unit, permissions */
        get: operations["getApiMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/acting-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 切换当前所代表的单位 Act for another unit where one holds a post */
        put: operations["putApiMeActingUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change one’s own password */
        post: operations["postApiMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的委托 My out-of-office proxies */
        get: operations["getApiMeProxies"];
        put?: never;
        /** 设置委托 Set an out-of-office proxy */
        post: operations["postApiMeProxies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/proxies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消委托 Revoke a proxy */
        delete: operations["deleteApiMeProxiesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送消息 Deliver a message to the instance waiting for it (or start one) */
        post: operations["postApiMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已启用的模块 Modules enabled in this installation */
        get: operations["getApiModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知 My notifications */
        get: operations["getApiNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark notifications read (all, or the ids given) */
        post: operations["postApiNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口说明 This API described as OpenAPI 3.1 */
        get: operations["getApiOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入组织机构或人员（CSV/XLSX，整体成功或整体拒绝）Import units or people */
        post: operations["postApiOrgImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/post-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 岗位类型 Post types */
        get: operations["getApiOrgPostTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销岗位 Remove a post */
        delete: operations["deleteApiOrgPostsId"];
        options?: never;
        head?: never;
        /** 修改岗位 Change a post (title, primary, units in charge) */
        patch: operations["patchApiOrgPostsId"];
        trace?: never;
    };
    "/api/org/unit-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的常用单位组 My saved unit groups (e.g. usual recipients of documents) */
        get: operations["getApiOrgUnitGroups"];
        put?: never;
        /** 保存常用单位组 Save the chosen units under a name */
        post: operations["postApiOrgUnitGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/unit-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除常用单位组 Delete one of my saved unit groups */
        delete: operations["deleteApiOrgUnitGroupsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织机构列表 List units (children of a unit, a subtree, or a search) */
        get: operations["getApiOrgUnits"];
        put?: never;
        /** 新建机构 Create a unit */
        post: operations["postApiOrgUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机构详情 One unit with its ancestors */
        get: operations["getApiOrgUnitsId"];
        put?: never;
        post?: never;
        /** 删除机构（无下级机构和人员时）Delete an empty unit */
        delete: operations["deleteApiOrgUnitsId"];
        options?: never;
        head?: never;
        /** 修改或移动机构 Change or move a unit */
        patch: operations["patchApiOrgUnitsId"];
        trace?: never;
    };
    "/api/org/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表 List people (by unit, post type, keyword) */
        get: operations["getApiOrgUsers"];
        put?: never;
        /** 新建人员账号 Create an account, with posts */
        post: operations["postApiOrgUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员详情 One person */
        get: operations["getApiOrgUsersId"];
        put?: never;
        post?: never;
        /** 删除从未使用过的账号 Delete an account never used */
        delete: operations["deleteApiOrgUsersId"];
        options?: never;
        head?: never;
        /** 修改人员信息或停用账号 Change a person or disable the account */
        patch: operations["patchApiOrgUsersId"];
        trace?: never;
    };
    "/api/org/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset a password (must be changed at next sign-in) */
        post: operations["postApiOrgUsersIdPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/users/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加岗位 Give a person a post in a unit */
        post: operations["postApiOrgUsersIdPosts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可发起的流程 Processes the caller may start */
        get: operations["getApiProcesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/processes/{key}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起流程 Start a process (submit: also complete the first step) */
        post: operations["postApiProcessesKeyStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/lockouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 被锁定的账号 Accounts locked after failed sign-ins */
        get: operations["getApiSecurityLockouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 权限目录 Every permission declared by core and the enabled modules */
        get: operations["getApiSecurityPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色列表 Roles with their permissions */
        get: operations["getApiSecurityRoles"];
        put?: never;
        /** 新建业务角色 Create a business role */
        post: operations["postApiSecurityRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除自定义角色 Delete a custom role */
        delete: operations["deleteApiSecurityRolesId"];
        options?: never;
        head?: never;
        /** 修改业务角色 Change a business role */
        patch: operations["patchApiSecurityRolesId"];
        trace?: never;
    };
    "/api/security/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会话列表 Sessions */
        get: operations["getApiSecuritySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 强制下线 End a session */
        delete: operations["deleteApiSecuritySessionsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的角色 Roles a person holds */
        get: operations["getApiSecurityUsersIdRoles"];
        /** 设置人员的角色 Set the roles of a person */
        put: operations["putApiSecurityUsersIdRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 Unlock an account */
        post: operations["postApiSecurityUsersIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办看板：预警颜色、各环节数量、超期清单、各牵头单位情况 The office board */
        get: operations["getApiSupervisionBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/bulletin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通报草稿：总体情况、超期单位与事项、逾期办结单位 A draft bulletin for a period */
        get: operations["getApiSupervisionBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 默认办理期限（按来源和紧急程度）Default deadlines by source and urgency */
        get: operations["getApiSupervisionDeadlineRules"];
        /** 设置默认办理期限 Set default deadlines */
        put: operations["putApiSupervisionDeadlineRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/extensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 延期申请所属的督办事项 The item an extension request belongs to */
        get: operations["getApiSupervisionExtensionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办事项列表：按状态、预警颜色、承办单位筛选 Items in reach, by state, colour and unit */
        get: operations["getApiSupervisionItems"];
        put?: never;
        /** 登记督办事项（编号、承办单位、期限），启动督办流程 Register an item and start its process */
        post: operations["postApiSupervisionItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办事项详情 An item with its units, reports, extensions, reminders and the caller’s tasks */
        get: operations["getApiSupervisionItemsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/items/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期（牵头单位，期限届满前）Ask for an extension before the deadline */
        post: operations["postApiSupervisionItemsIdExtensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/items/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈进展：协办单位报牵头单位，牵头单位报督查室 Report progress for a cycle */
        post: operations["postApiSupervisionItemsIdReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/items/{id}/urges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办：通知承办单位的联系人和收发员抓紧办理 Urge the handling units of an item */
        post: operations["postApiSupervisionItemsIdUrges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 督办统计：办结率、按期办结率，按单位排名、按月 Completion statistics for a period (default this month) */
        get: operations["getApiSupervisionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出督办统计表（XLSX：单位统计、按月、超期事项）Export the statistics as a workbook */
        get: operations["getApiSupervisionStatisticsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部模块及启用状态 Every installed module and whether it is enabled */
        get: operations["getApiSystemModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/modules/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 启用或停用模块（重启后生效，停用不删除数据）Enable or disable a module from the next start; data is kept */
        put: operations["putApiSystemModulesName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办/已办/我发起的/待阅 The four boxes, with filters and paging */
        get: operations["getApiTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办详情 A task with its form, allowed operations, returnable steps and history */
        get: operations["getApiTasksId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/add-signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 加签 Add signers before, after or in parallel */
        post: operations["postApiTasksIdAddSigners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/circulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 传阅 Circulate for reading */
        post: operations["postApiTasksIdCirculate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认领 Claim a task offered to several people */
        post: operations["postApiTasksIdClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理（同意/不同意） Complete with outcome and opinion */
        post: operations["postApiTasksIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委派 Delegate (comes back to you) */
        post: operations["postApiTasksIdDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/remove-signers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 减签 Remove pending signers */
        post: operations["postApiTasksIdRemoveSigners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回 Return to an earlier step */
        post: operations["postApiTasksIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办 Transfer to another person */
        post: operations["postApiTasksIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 Urge the holder of a task */
        post: operations["postApiTasksIdUrge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角标数字 Badge counts: todo, overdue, unread, running */
        get: operations["getApiTasksCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 Health of the process, its database and Redis */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                code: string;
                details: Record<string, never>;
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiAuditActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action: string;
                        label: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                actorId?: string;
                from?: unknown;
                outcome?: "success" | "denied" | "failure";
                page?: number;
                pageSize?: number;
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionLabel: string;
                            actorDisplayName: string | null;
                            actorId: string | null;
                            actorKind: string | null;
                            actorName: string | null;
                            at: string;
                            details: {
                                [key: string]: unknown;
                            };
                            id: number;
                            ip: string | null;
                            outcome: string;
                            requestId: string | null;
                            targetId: string | null;
                            targetName: string | null;
                            targetType: string | null;
                            targetTypeLabel: string | null;
                            unitId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingUnit: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        } | null;
                        permissions: string[];
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                        }[];
                        roles: {
                            code: string;
                            name: string;
                        }[];
                        user: {
                            /** @enum {string} */
                            accountKind: "regular" | "system_admin" | "security_admin" | "audit_admin";
                            displayName: string;
                            id: string;
                            mustChangePassword: boolean;
                            username: string;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiCalendarDays: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            day: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                        year: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiCalendarYearsYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: {
                        day: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            day: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                        year: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiCirculationsIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        readAt: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conflicts: number;
                        draft: {
                            baseHash: string | null;
                            contentHash: string;
                            createdAt: string;
                            id: string;
                            key: string;
                            /** @enum {string} */
                            lineage: "base" | "fork" | "import";
                            name: string;
                            publishedAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "published" | "retired";
                            updatedAt: string;
                            version: number;
                        } | null;
                        key: string;
                        module: string | null;
                        name: string;
                        published: {
                            baseHash: string | null;
                            contentHash: string;
                            createdAt: string;
                            id: string;
                            key: string;
                            /** @enum {string} */
                            lineage: "base" | "fork" | "import";
                            name: string;
                            publishedAt: string | null;
                            /** @enum {string} */
                            state: "draft" | "published" | "retired";
                            updatedAt: string;
                            version: number;
                        } | null;
                        shippedHash: string | null;
                        /** @enum {string} */
                        status: "base" | "forked" | "local" | "upstream-changed" | "merge-clean" | "conflicts";
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsIdXml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsKeyAdopt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsKeyFork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsKeyMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: unknown[];
                        baseXml: string;
                        conflicts: {
                            [key: string]: unknown;
                        }[];
                        forkXml: string;
                        mergedXml: string;
                        upstreamXml: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsKeyMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    xml: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsKeyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsDiff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    a: string;
                    b: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsLint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    xml: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorCount: number;
                        problems: {
                            /** @enum {string} */
                            category: "error" | "warn";
                            elementId: string | null;
                            message: string;
                            rule: string;
                        }[];
                        warningCount: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsMigrate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    fromDefinitionId: string;
                    instanceIds?: string[];
                    /** @default {} */
                    mapping?: {
                        [key: string]: string;
                    };
                    /** Format: uuid */
                    toDefinitionId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        migrated: string[];
                        refused: {
                            instanceId: string;
                            reasons: string[];
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsRegistry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        forms: {
                            id: string;
                            module: string;
                            title: {
                                en: string;
                                "zh-CN": string;
                            };
                        }[];
                        serviceTasks: {
                            id: string;
                            module: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsVersionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                        xml: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiDefinitionsVersionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    xml: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDefinitionsVersionsIdExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDefinitionsVersionsIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseHash: string | null;
                        contentHash: string;
                        createdAt: string;
                        id: string;
                        key: string;
                        /** @enum {string} */
                        lineage: "base" | "fork" | "import";
                        name: string;
                        publishedAt: string | null;
                        /** @enum {string} */
                        state: "draft" | "published" | "retired";
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocuments: {
        parameters: {
            query?: {
                box?: "drafts" | "sent" | "toSign" | "received" | "archived";
                docType?: "决议" | "决定" | "命令" | "公报" | "公告" | "通告" | "意见" | "通知" | "通报" | "报告" | "请示" | "批复" | "议案" | "函" | "纪要";
                keyword?: string;
                page?: number;
                pageSize?: number;
                unitId?: string;
                urgency?: "normal" | "urgent" | "very_urgent";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            docNumber: string | null;
                            docType: string;
                            documentId: string;
                            id: string;
                            incomingNumber: string | null;
                            issuerName: string;
                            /** @enum {string} */
                            kind: "document" | "receipt" | "incoming";
                            sentBack: {
                                at: string;
                                byName: string;
                                opinion: string | null;
                                stepName: string;
                            } | null;
                            state: string;
                            title: string;
                            unit: {
                                id: string;
                                name: string;
                            } | null;
                            urgeCount: number;
                            urgency: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        archivedAt: string | null;
                        attachments: {
                            file: {
                                createdAt: string;
                                id: string;
                                mime: string;
                                name: string;
                                sha256: string;
                                size: number;
                            } | null;
                            fileId: string;
                            name: string;
                        }[];
                        bodyFile: {
                            createdAt: string;
                            id: string;
                            mime: string;
                            name: string;
                            sha256: string;
                            size: number;
                        } | null;
                        bodyHtml: string;
                        bodyText: string;
                        copyNumber: string | null;
                        copyRecipients: {
                            id: string;
                            name: string;
                        }[];
                        copyTo: string[];
                        countersignUnits: {
                            id: string;
                            name: string;
                        }[];
                        createdAt: string;
                        direction: string;
                        distributedAt: string | null;
                        distribution: {
                            createdAt: string;
                            delivered: number;
                            finishedAt: string | null;
                            id: string;
                            state: string;
                            total: number;
                        } | null;
                        docNumber: string | null;
                        docType: string;
                        draftedBy: {
                            id: string;
                            name: string;
                        } | null;
                        draftingUnit: {
                            id: string;
                            name: string;
                        } | null;
                        fieldAccess: {
                            [key: string]: "editable" | "readonly" | "hidden";
                        };
                        formValues: {
                            [key: string]: unknown;
                        };
                        id: string;
                        incoming: {
                            id: string;
                            incomingNumber: string | null;
                            state: string;
                            unitId: string;
                        }[];
                        instanceId: string | null;
                        issuer: {
                            id: string;
                            name: string;
                        } | null;
                        issuerName: string;
                        jointIssuers: {
                            id: string;
                            name: string;
                        }[];
                        mainRecipients: {
                            id: string;
                            name: string;
                        }[];
                        mainTo: string[];
                        note: string | null;
                        numberedAt: string | null;
                        /** @enum {string} */
                        origin: "system" | "paper";
                        printedBy: string | null;
                        printedOn: string | null;
                        process: {
                            myTasks: {
                                elementId: string;
                                name: string;
                                taskId: string;
                                version: number;
                            }[];
                            openSteps: {
                                assigneeName: string | null;
                                dueAt: string | null;
                                elementId: string;
                                name: string;
                                taskId: string;
                            }[];
                            sentBack: {
                                at: string;
                                byName: string;
                                opinion: string | null;
                                stepName: string;
                            } | null;
                        };
                        receipts: {
                            deliveredAt: string;
                            id: string;
                            lastUrgedAt: string | null;
                            state: string;
                            unitId: string;
                            unitName: string;
                            urgeCount: number;
                        }[];
                        rendition: {
                            canRetry: boolean;
                            error: string | null;
                            failure: {
                                failedAt: string;
                                /** @enum {string} */
                                kind: "fonts_missing" | "layout" | "seal" | "error";
                                reason: {
                                    en: string;
                                    "zh-CN": string;
                                };
                            } | null;
                            fileId: string | null;
                            /** @enum {string} */
                            state: "none" | "pending" | "ready" | "failed";
                        };
                        retention: string | null;
                        sealed: boolean;
                        sealFileId: string | null;
                        signature: string | null;
                        signedOffAt: string | null;
                        signers: string[];
                        state: string;
                        title: string;
                        urgency: string;
                        viewer: {
                            participant: boolean;
                            recipientUnitIds: string[];
                            sender: boolean;
                        };
                        writtenDate: string | null;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiDocumentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attachments?: {
                        /** Format: uuid */
                        fileId: string;
                        name: string;
                    }[];
                    bodyFileId?: string | null;
                    bodyHtml?: string;
                    copyNumber?: string | null;
                    copyRecipientIds?: string[];
                    copyTo?: string[];
                    countersignUnitIds?: string[];
                    /** @enum {string} */
                    docType?: "决议" | "决定" | "命令" | "公报" | "公告" | "通告" | "意见" | "通知" | "通报" | "报告" | "请示" | "批复" | "议案" | "函" | "纪要";
                    jointUnitIds?: string[];
                    mainRecipientIds?: string[];
                    mainTo?: string[];
                    note?: string | null;
                    printedBy?: string | null;
                    printedOn?: string | null;
                    retention?: ("永久" | "定期30年" | "定期10年") | null;
                    sealed?: boolean;
                    sealFileId?: string | null;
                    secrecy?: string | null;
                    signature?: string | null;
                    signers?: string[];
                    title?: string;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent" | "very_urgent";
                    writtenDate?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: string[];
                        warnings?: {
                            code: string;
                            field: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsIdPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdRecall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                    unitIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recalled: number;
                        refused: string[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsIdReceipts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "pending" | "delivered" | "signed" | "returned" | "recalled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            deliveredAt: string | null;
                            incomingNumber: string | null;
                            lastUrgedAt: string | null;
                            recalledAt: string | null;
                            receiptId: string | null;
                            returnedAt: string | null;
                            returnedBy: {
                                id: string;
                                name: string;
                            } | null;
                            returnReason: string | null;
                            /** @enum {string} */
                            role: "main" | "copy";
                            signedAt: string | null;
                            signedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "signed" | "returned" | "recalled";
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                            };
                            urgeCount: number;
                        }[];
                        page: number;
                        pageSize: number;
                        summary: {
                            [key: string]: number;
                        };
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdRedistribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdRendition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        state: "pending";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdRenditionRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        state: "pending";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdUrge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        urged: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIdVoidNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docNumber: string;
                        documentId: string | null;
                        prefix: string;
                        seq: number;
                        year: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsIncomingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        archivedAt: string | null;
                        assistUnits: {
                            id: string;
                            name: string;
                        }[];
                        conclusion: string | null;
                        copies: number | null;
                        document: {
                            docNumber: string | null;
                            docType: string;
                            id: string;
                            issuerName: string;
                            renditionFileId: string | null;
                            title: string;
                            urgency: string;
                        };
                        dueOn: string | null;
                        fieldAccess: {
                            [key: string]: "editable" | "readonly" | "hidden";
                        };
                        formValues: {
                            [key: string]: unknown;
                        };
                        handling: {
                            completedAt: string | null;
                            createdAt: string;
                            dueAt: string | null;
                            opinion: string | null;
                            outcome: string | null;
                            overdue: boolean;
                            state: string;
                            taskId: string | null;
                            urgeCount: number;
                            user: {
                                id: string;
                                name: string;
                            };
                        }[];
                        handlingResult: string | null;
                        id: string;
                        incomingNumber: string | null;
                        instanceId: string | null;
                        instruction: string | null;
                        leadUnit: {
                            id: string;
                            name: string;
                        } | null;
                        /** @enum {string} */
                        origin: "system" | "paper";
                        pages: number | null;
                        process: {
                            myTasks: {
                                elementId: string;
                                name: string;
                                taskId: string;
                                version: number;
                            }[];
                            openSteps: {
                                assigneeName: string | null;
                                dueAt: string | null;
                                elementId: string;
                                name: string;
                                overdue: boolean;
                                taskId: string;
                            }[];
                        };
                        proposal: string | null;
                        readers: {
                            id: string;
                            name: string;
                        }[];
                        readRecords: {
                            comment: string | null;
                            readAt: string | null;
                            reader: {
                                id: string;
                                name: string;
                            };
                            sentAt: string;
                        }[];
                        receivedAt: string;
                        receivedBy: {
                            id: string;
                            name: string;
                        } | null;
                        registeredBy: {
                            id: string;
                            name: string;
                        } | null;
                        retention: string | null;
                        returnReason: string | null;
                        state: string;
                        supervise: boolean;
                        supervisionItems: {
                            id: string;
                            number: string;
                            state: string;
                        }[];
                        unit: {
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiDocumentsIncomingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assistUnitIds?: string[];
                    attachments?: {
                        /** Format: uuid */
                        fileId: string;
                        name: string;
                    }[];
                    conclusion?: string | null;
                    copies?: number | null;
                    docNumber?: string | null;
                    /** @enum {string} */
                    docType?: "决议" | "决定" | "命令" | "公报" | "公告" | "通告" | "意见" | "通知" | "通报" | "报告" | "请示" | "批复" | "议案" | "函" | "纪要";
                    dueOn?: string | null;
                    handlingResult?: string | null;
                    instruction?: string | null;
                    issuerName?: string;
                    leadUnitId?: string | null;
                    pages?: number | null;
                    proposal?: string | null;
                    readerIds?: string[];
                    retention?: ("永久" | "定期30年" | "定期10年") | null;
                    returnReason?: string | null;
                    secrecy?: string | null;
                    supervise?: boolean;
                    title?: string;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent" | "very_urgent";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: string[];
                        warnings?: {
                            code: string;
                            field: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsIncomingPaper: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    attachments?: {
                        /** Format: uuid */
                        fileId: string;
                        name: string;
                    }[];
                    copies?: number;
                    docNumber?: string | null;
                    /** @enum {string} */
                    docType: "决议" | "决定" | "命令" | "公报" | "公告" | "通告" | "意见" | "通知" | "通报" | "报告" | "请示" | "批复" | "议案" | "函" | "纪要";
                    issuerName: string;
                    pages?: number;
                    receivedOn?: string;
                    secrecy?: string | null;
                    summary?: string;
                    title: string;
                    /** Format: uuid */
                    unitId?: string;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    urgency?: "normal" | "urgent" | "very_urgent";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                        incomingId: string;
                        instanceId: string;
                        taskId: string | null;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsNumbersPrefixYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prefix: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            assignedAt: string;
                            docNumber: string;
                            documentId: string | null;
                            seq: number;
                            /** @enum {string} */
                            state: "assigned" | "void";
                            voidedAt: string | null;
                            voidReason: string | null;
                        }[];
                        gaps: number[];
                        prefix: string;
                        year: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsNumbersVoidNext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    prefix: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docNumber: string;
                        documentId: string | null;
                        prefix: string;
                        seq: number;
                        year: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsOutgoing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attachments?: {
                        /** Format: uuid */
                        fileId: string;
                        name: string;
                    }[];
                    bodyFileId?: string | null;
                    bodyHtml?: string;
                    copyNumber?: string | null;
                    copyRecipientIds?: string[];
                    copyTo?: string[];
                    countersignUnitIds?: string[];
                    /** @enum {string} */
                    docType: "决议" | "决定" | "命令" | "公报" | "公告" | "通告" | "意见" | "通知" | "通报" | "报告" | "请示" | "批复" | "议案" | "函" | "纪要";
                    /** Format: uuid */
                    issuingUnitId?: string;
                    jointUnitIds?: string[];
                    mainRecipientIds?: string[];
                    mainTo?: string[];
                    note?: string | null;
                    printedBy?: string | null;
                    printedOn?: string | null;
                    retention?: ("永久" | "定期30年" | "定期10年") | null;
                    sealed?: boolean;
                    sealFileId?: string | null;
                    secrecy?: string | null;
                    signature?: string | null;
                    signers?: string[];
                    title: string;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent" | "very_urgent";
                    writtenDate?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        instanceId: string;
                        taskId: string | null;
                        warnings: {
                            code: string;
                            field: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsReceiptsIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        receiptId: string;
                        /** @constant */
                        state: "returned";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiDocumentsReceiptsIdSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        incomingId: string;
                        instanceId: string;
                        taskId: string | null;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiDocumentsReceivingUnits: {
        parameters: {
            query?: {
                unitIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            configured: boolean;
                            receivingUnit: {
                                id: string;
                                name: string;
                            } | null;
                            registrars: {
                                id: string;
                                name: string;
                            }[];
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiDocumentsReceivingUnitsUnitId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    receivingUnitId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        configured: boolean;
                        receivingUnit: {
                            id: string;
                            name: string;
                        } | null;
                        registrars: {
                            id: string;
                            name: string;
                        }[];
                        unit: {
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiEventsStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        id: string;
                        mime: string;
                        name: string;
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiFilesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiFilesIdInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        sha256: string;
                        size: number;
                        type: string;
                        uploadedAt: string;
                        uploader: {
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiGeneralApprovalsInstanceIdOutgoingDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approved: boolean;
                        document: {
                            id: string;
                            state: string;
                            title: string;
                        } | null;
                        mayDraft: boolean;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiGeneralApprovalsInstanceIdOutgoingDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instanceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiInstancesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeElementIds: string[];
                        businessKey: string | null;
                        circulations: {
                            createdAt: string;
                            from: {
                                id: string;
                                name: string | null;
                            } | null;
                            id: string;
                            note: string | null;
                            readAt: string | null;
                            user: {
                                id: string;
                                name: string | null;
                            };
                        }[];
                        completedElementIds: string[];
                        definitionId: string;
                        endedAt: string | null;
                        ending: {
                            elementId: string;
                            name: string;
                        } | null;
                        endReason: string | null;
                        form: {
                            access: {
                                [key: string]: "readonly" | "hidden";
                            };
                            id: string;
                            schema: {
                                [key: string]: unknown;
                            };
                            values: {
                                [key: string]: unknown;
                            };
                        } | null;
                        history: {
                            actor: {
                                id: string;
                                name: string | null;
                            } | null;
                            at: string;
                            details: {
                                [key: string]: unknown;
                            };
                            elementId: string | null;
                            elementName: string | null;
                            id: number;
                            kind: string;
                            onBehalfOf: {
                                id: string;
                                name: string | null;
                            } | null;
                            opinion: string | null;
                            outcome: string | null;
                            people: {
                                [key: string]: {
                                    name: string;
                                    unit: string | null;
                                };
                            };
                            taskId: string | null;
                        }[];
                        id: string;
                        initiator: {
                            id: string;
                            name: string;
                            unit: {
                                id: string;
                                name: string;
                            } | null;
                        } | null;
                        openTasks: {
                            assignee: {
                                id: string;
                                name: string | null;
                            } | null;
                            createdAt: string;
                            dueAt: string | null;
                            elementId: string;
                            id: string;
                            kind: string;
                            name: string;
                            state: string;
                            urgeCount: number;
                        }[];
                        processKey: string;
                        processName: string;
                        startedAt: string;
                        /** @enum {string} */
                        state: "active" | "suspended" | "completed" | "terminated";
                        title: string;
                        urgency: string;
                        variables: {
                            [key: string]: unknown;
                        };
                        version: number;
                        viewer: {
                            canManage: boolean;
                            canTerminate: boolean;
                            canUrge: boolean;
                            canWithdraw: boolean;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiInstancesIdResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiInstancesIdSuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiInstancesIdTerminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiInstancesIdUrge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    taskIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        urged: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiInstancesIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingUnit: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        } | null;
                        permissions: string[];
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                        }[];
                        roles: {
                            code: string;
                            name: string;
                        }[];
                        user: {
                            /** @enum {string} */
                            accountKind: "regular" | "system_admin" | "security_admin" | "audit_admin";
                            displayName: string;
                            id: string;
                            mustChangePassword: boolean;
                            username: string;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiMeActingUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingUnit: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        } | null;
                        permissions: string[];
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                        }[];
                        roles: {
                            code: string;
                            name: string;
                        }[];
                        user: {
                            /** @enum {string} */
                            accountKind: "regular" | "system_admin" | "security_admin" | "audit_admin";
                            displayName: string;
                            id: string;
                            mustChangePassword: boolean;
                            username: string;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiMeProxies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        endsAt: string;
                        id: string;
                        processKeys: string[] | null;
                        proxy: {
                            id: string;
                            name: string;
                        };
                        reason: string | null;
                        startsAt: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMeProxies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endsAt: unknown;
                    processKeys?: string[];
                    /** Format: uuid */
                    proxyId: string;
                    reason?: string;
                    startsAt: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        endsAt: string;
                        id: string;
                        processKeys: string[] | null;
                        proxy: {
                            id: string;
                            name: string;
                        };
                        reason: string | null;
                        startsAt: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiMeProxiesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    correlationKey?: string | null;
                    name: string;
                    variables?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        started: boolean;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dependsOn: string[];
                        name: string;
                        permissions: string[];
                        processes: string[];
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        version: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                unread?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string | null;
                            createdAt: string;
                            id: string;
                            kind: string;
                            link: string | null;
                            readAt: string | null;
                            title: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgImport: {
        parameters: {
            query: {
                dryRun?: "0" | "1" | "true" | "false";
                kind: "units" | "users";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        kind: "units" | "users";
                        result: {
                            created: number;
                            postsAdded?: number;
                            updated: number;
                        };
                        rowsRead: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgPostTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        isLeader: boolean;
                        nameEn: string;
                        nameZh: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiOrgPostsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiOrgPostsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chargeUnitIds?: string[];
                    isPrimary?: boolean;
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chargeUnits: {
                            code: string;
                            id: string;
                            name: string;
                        }[];
                        id: string;
                        isPrimary: boolean;
                        postType: string;
                        postTypeName: string;
                        title: string | null;
                        unit: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        };
                        userId: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgUnitGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        id: string;
                        name: string;
                        units: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        }[];
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgUnitGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    unitIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        id: string;
                        name: string;
                        units: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiOrgUnitGroupsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgUnits: {
        parameters: {
            query?: {
                keyword?: string;
                kind?: "region" | "department";
                level?: "province" | "prefecture" | "county" | "township";
                page?: number;
                pageSize?: number;
                parentId?: string;
                roots?: "0" | "1" | "true" | "false";
                status?: "active" | "disabled";
                under?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            childCount?: number;
                            code: string;
                            depth: number;
                            docPrefix: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "region" | "department";
                            /** @enum {string} */
                            level: "province" | "prefecture" | "county" | "township";
                            name: string;
                            parentId: string | null;
                            shortName: string;
                            sortOrder: number;
                            /** @enum {string} */
                            status: "active" | "disabled";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    docPrefix?: string | null;
                    /** @enum {string} */
                    kind: "region" | "department";
                    /** @enum {string} */
                    level: "province" | "prefecture" | "county" | "township";
                    name: string;
                    parentId: string | null;
                    shortName: string;
                    sortOrder?: number;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childCount?: number;
                        code: string;
                        depth: number;
                        docPrefix: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "region" | "department";
                        /** @enum {string} */
                        level: "province" | "prefecture" | "county" | "township";
                        name: string;
                        parentId: string | null;
                        shortName: string;
                        sortOrder: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ancestors: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        }[];
                        childCount?: number;
                        code: string;
                        depth: number;
                        docPrefix: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "region" | "department";
                        /** @enum {string} */
                        level: "province" | "prefecture" | "county" | "township";
                        name: string;
                        parentId: string | null;
                        shortName: string;
                        sortOrder: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiOrgUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiOrgUnitsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    docPrefix?: string | null;
                    /** @enum {string} */
                    kind?: "region" | "department";
                    /** @enum {string} */
                    level?: "province" | "prefecture" | "county" | "township";
                    name?: string;
                    parentId?: string | null;
                    shortName?: string;
                    sortOrder?: number;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childCount?: number;
                        code: string;
                        depth: number;
                        docPrefix: string | null;
                        id: string;
                        /** @enum {string} */
                        kind: "region" | "department";
                        /** @enum {string} */
                        level: "province" | "prefecture" | "county" | "township";
                        name: string;
                        parentId: string | null;
                        shortName: string;
                        sortOrder: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgUsers: {
        parameters: {
            query?: {
                includeSubunits?: "0" | "1" | "true" | "false";
                keyword?: string;
                page?: number;
                pageSize?: number;
                postType?: string;
                status?: "active" | "disabled";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            email: string | null;
                            gender: ("male" | "female") | null;
                            id: string;
                            lastLoginAt: string | null;
                            lockedUntil: string | null;
                            mobile: string | null;
                            officePhone: string | null;
                            posts: {
                                chargeUnits: {
                                    code: string;
                                    id: string;
                                    name: string;
                                }[];
                                id: string;
                                isPrimary: boolean;
                                postType: string;
                                postTypeName: string;
                                title: string | null;
                                unit: {
                                    code: string;
                                    id: string;
                                    name: string;
                                    shortName: string;
                                };
                                userId: string;
                            }[];
                            privateVisible: boolean;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            username: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    email?: string | null;
                    gender?: ("male" | "female") | null;
                    mobile?: string | null;
                    mustChangePassword?: boolean;
                    officePhone?: string | null;
                    password: string;
                    posts?: {
                        chargeUnitIds?: string[];
                        isPrimary?: boolean;
                        postType: string;
                        title?: string | null;
                        /** Format: uuid */
                        unitId: string;
                    }[];
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        email: string | null;
                        gender: ("male" | "female") | null;
                        id: string;
                        lastLoginAt: string | null;
                        lockedUntil: string | null;
                        mobile: string | null;
                        officePhone: string | null;
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                            userId: string;
                        }[];
                        privateVisible: boolean;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        username: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        email: string | null;
                        gender: ("male" | "female") | null;
                        id: string;
                        lastLoginAt: string | null;
                        lockedUntil: string | null;
                        mobile: string | null;
                        officePhone: string | null;
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                            userId: string;
                        }[];
                        privateVisible: boolean;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        username: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiOrgUsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    email?: string | null;
                    gender?: ("male" | "female") | null;
                    mobile?: string | null;
                    officePhone?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        email: string | null;
                        gender: ("male" | "female") | null;
                        id: string;
                        lastLoginAt: string | null;
                        lockedUntil: string | null;
                        mobile: string | null;
                        officePhone: string | null;
                        posts: {
                            chargeUnits: {
                                code: string;
                                id: string;
                                name: string;
                            }[];
                            id: string;
                            isPrimary: boolean;
                            postType: string;
                            postTypeName: string;
                            title: string | null;
                            unit: {
                                code: string;
                                id: string;
                                name: string;
                                shortName: string;
                            };
                            userId: string;
                        }[];
                        privateVisible: boolean;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        username: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgUsersIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiOrgUsersIdPosts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chargeUnitIds?: string[];
                    isPrimary?: boolean;
                    postType: string;
                    title?: string | null;
                    /** Format: uuid */
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        chargeUnits: {
                            code: string;
                            id: string;
                            name: string;
                        }[];
                        id: string;
                        isPrimary: boolean;
                        postType: string;
                        postTypeName: string;
                        title: string | null;
                        unit: {
                            code: string;
                            id: string;
                            name: string;
                            shortName: string;
                        };
                        userId: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiProcesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definitionId: string;
                        key: string;
                        module: string | null;
                        moduleTitle: {
                            en: string;
                            "zh-CN": string;
                        } | null;
                        name: string;
                        startForm: {
                            [key: string]: unknown;
                        } | null;
                        startFormKey: string | null;
                        version: number;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiProcessesKeyStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    businessKey?: string;
                    nextAssignees?: string[] | {
                        [key: string]: string[];
                    };
                    opinion?: string;
                    submit?: boolean;
                    title?: string;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent" | "very_urgent";
                    variables?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSecurityLockouts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        failedAttempts: number;
                        lockedUntil: string;
                        userId: string;
                        username: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSecurityPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        duty: "business" | "system" | "security" | "audit";
                        id: string;
                        source: string;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSecurityRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtin: boolean;
                        code: string;
                        /** @enum {string} */
                        dataScope: "own_unit" | "unit_subtree" | "all";
                        description: string;
                        /** @enum {string} */
                        duty: "business" | "system" | "security" | "audit";
                        holders: number;
                        id: string;
                        isDefault: boolean;
                        name: string;
                        permissions: string[];
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSecurityRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @enum {string} */
                    dataScope: "own_unit" | "unit_subtree" | "all";
                    description?: string;
                    isDefault?: boolean;
                    name: string;
                    permissions: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtin: boolean;
                        code: string;
                        /** @enum {string} */
                        dataScope: "own_unit" | "unit_subtree" | "all";
                        description: string;
                        /** @enum {string} */
                        duty: "business" | "system" | "security" | "audit";
                        holders: number;
                        id: string;
                        isDefault: boolean;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiSecurityRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApiSecurityRolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    dataScope?: "own_unit" | "unit_subtree" | "all";
                    description?: string;
                    isDefault?: boolean;
                    name?: string;
                    permissions?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtin: boolean;
                        code: string;
                        /** @enum {string} */
                        dataScope: "own_unit" | "unit_subtree" | "all";
                        description: string;
                        /** @enum {string} */
                        duty: "business" | "system" | "security" | "audit";
                        holders: number;
                        id: string;
                        isDefault: boolean;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSecuritySessions: {
        parameters: {
            query?: {
                active?: "0" | "1" | "true" | "false";
                page?: number;
                pageSize?: number;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            displayName: string;
                            endedAt: string | null;
                            endReason: string | null;
                            id: string;
                            ip: string | null;
                            lastSeenAt: string;
                            userAgent: string | null;
                            userId: string;
                            username: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiSecuritySessionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSecurityUsersIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anchorUnitId: string | null;
                        roleCode: string;
                        roleId: string;
                        roleName: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiSecurityUsersIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grants: {
                        anchorUnitId?: string | null;
                        /** Format: uuid */
                        roleId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anchorUnitId: string | null;
                        roleCode: string;
                        roleId: string;
                        roleName: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSecurityUsersIdUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionBoard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byColour: {
                            blue: number;
                            green: number;
                            red: number;
                            yellow: number;
                        };
                        byState: {
                            completionReview: number;
                            handling: number;
                            leaderReview: number;
                            registering: number;
                            reviewing: number;
                            signing: number;
                        };
                        overdue: {
                            daysOverdue: number;
                            dueOn: string;
                            id: string;
                            leadUnit: {
                                id: string;
                                name: string;
                            } | null;
                            number: string;
                            progress: number;
                            /** @enum {string} */
                            state: "registering" | "reviewing" | "signing" | "handling" | "completionReview" | "leaderReview" | "closed" | "cancelled";
                            title: string;
                        }[];
                        overdueTotal: number;
                        today: string;
                        units: {
                            blue: number;
                            green: number;
                            red: number;
                            total: number;
                            unit: {
                                id: string;
                                name: string;
                            };
                            yellow: number;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionBulletin: {
        parameters: {
            query?: {
                from?: string;
                overdueDays?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                        };
                        text: string;
                        title: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            days: number;
                            /** @enum {string} */
                            sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                            /** @enum {string} */
                            urgency: "urgent" | "normal" | "difficult";
                            workingDays: boolean;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiSupervisionDeadlineRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        days: number;
                        /** @enum {string} */
                        sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                        /** @enum {string} */
                        urgency: "urgent" | "normal" | "difficult";
                        workingDays: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            days: number;
                            /** @enum {string} */
                            sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                            /** @enum {string} */
                            urgency: "urgent" | "normal" | "difficult";
                            workingDays: boolean;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionExtensionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionItems: {
        parameters: {
            query?: {
                colour?: "red" | "yellow" | "blue" | "green";
                dueBefore?: string;
                page?: number;
                pageSize?: number;
                q?: string;
                sourceKind?: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                state?: "registering" | "reviewing" | "signing" | "handling" | "completionReview" | "leaderReview" | "closed" | "cancelled" | "open";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            colour: ("red" | "yellow" | "blue" | "green") | null;
                            coUnitCount: number;
                            dueOn: string;
                            id: string;
                            leadUnit: {
                                id: string;
                                name: string;
                            } | null;
                            nextReportDue: string | null;
                            number: string;
                            progress: number;
                            receivedOn: string;
                            /** @enum {string} */
                            sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                            /** @enum {string} */
                            state: "registering" | "reviewing" | "signing" | "handling" | "completionReview" | "leaderReview" | "closed" | "cancelled";
                            title: string;
                            /** @enum {string} */
                            urgency: "urgent" | "normal" | "difficult";
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cadence?: {
                        /** @constant */
                        kind: "once";
                    } | {
                        /** @constant */
                        kind: "weekly";
                        weekday: number;
                    } | {
                        day: number;
                        /** @constant */
                        kind: "monthly";
                    } | {
                        every: number;
                        /** @constant */
                        kind: "workingDays";
                    };
                    content: string;
                    coUnits?: {
                        /** Format: uuid */
                        contactId?: string;
                        contactPhone?: string;
                        /** Format: uuid */
                        unitId: string;
                    }[];
                    /** Format: date */
                    dueOn?: string;
                    /** @enum {string} */
                    handlingMode?: "forward" | "assist" | "self";
                    instructedBy?: string | null;
                    instruction?: string | null;
                    lead: {
                        /** Format: uuid */
                        contactId?: string;
                        contactPhone?: string;
                        /** Format: uuid */
                        unitId: string;
                    };
                    /** Format: uuid */
                    officeUnitId?: string;
                    requiredAnswer?: string;
                    source?: {
                        id: string;
                        kind: string;
                        module: string;
                        title: string;
                    };
                    /** @enum {string} */
                    sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                    submit?: boolean;
                    title: string;
                    /** @enum {string} */
                    urgency?: "urgent" | "normal" | "difficult";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        number: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionItemsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignments: {
                            contact: {
                                id: string;
                                name: string;
                            } | null;
                            contactPhone: string;
                            declinedReason: string | null;
                            id: string;
                            lastReportAt: string | null;
                            nextReportDue: string | null;
                            /** @enum {string} */
                            role: "lead" | "co";
                            signBy: string | null;
                            signedAt: string | null;
                            /** @enum {string} */
                            state: "pending" | "signed" | "declined" | "done";
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                        cadence: {
                            /** @constant */
                            kind: "once";
                        } | {
                            /** @constant */
                            kind: "weekly";
                            weekday: number;
                        } | {
                            day: number;
                            /** @constant */
                            kind: "monthly";
                        } | {
                            every: number;
                            /** @constant */
                            kind: "workingDays";
                        };
                        can: {
                            manage: boolean;
                            reportFor: {
                                id: string;
                                name: string;
                            }[];
                            requestExtension: boolean;
                            urge: boolean;
                        };
                        closedAt: string | null;
                        closedOnTime: boolean | null;
                        colour: ("red" | "yellow" | "blue" | "green") | null;
                        content: string;
                        dueOn: string;
                        extensions: {
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decisionNote: string | null;
                            id: string;
                            previousDueOn: string;
                            reason: string;
                            requestedBy: {
                                id: string;
                                name: string;
                            };
                            requestedDueOn: string;
                            /** @enum {string} */
                            state: "pending" | "approved" | "refused";
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                        /** @enum {string} */
                        handlingMode: "forward" | "assist" | "self";
                        id: string;
                        instanceId: string | null;
                        instructedBy: {
                            id: string;
                            name: string;
                        } | null;
                        instruction: string | null;
                        myTasks: {
                            elementId: string;
                            name: string;
                            processKey: string;
                            taskId: string;
                            version: number;
                        }[];
                        nextReportDue: string | null;
                        number: string;
                        office: {
                            id: string;
                            name: string;
                        };
                        originalDueOn: string;
                        progress: number;
                        receivedOn: string;
                        registeredBy: {
                            id: string;
                            name: string;
                        };
                        reports: {
                            /** @enum {string} */
                            addressedTo: "lead" | "office";
                            content: string;
                            id: string;
                            /** @enum {string} */
                            kind: "progress" | "completion";
                            progress: number | null;
                            reportedAt: string;
                            reportedBy: {
                                id: string;
                                name: string;
                            };
                            reviewNote: string | null;
                            reviewState: ("pending" | "returned" | "accepted") | null;
                            round: number;
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                        requiredAnswer: string;
                        round: number;
                        source: {
                            id: string;
                            kind: string;
                            module: string;
                            title: string;
                        } | null;
                        /** @enum {string} */
                        sourceKind: "instruction" | "meeting" | "document" | "superior" | "deputy" | "proposal" | "other";
                        /** @enum {string} */
                        state: "registering" | "reviewing" | "signing" | "handling" | "completionReview" | "leaderReview" | "closed" | "cancelled";
                        title: string;
                        /** @enum {string} */
                        urgency: "urgent" | "normal" | "difficult";
                        urges: {
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "manual" | "digest";
                            note: string | null;
                            sentBy: {
                                id: string;
                                name: string;
                            } | null;
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionItemsIdExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date */
                    requestedDueOn: string;
                    /** Format: uuid */
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionItemsIdReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    progress?: number;
                    /** Format: uuid */
                    unitId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        nextReportDue: string | null;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiSupervisionItemsIdUrges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    unitIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notified: number;
                        units: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definitions: {
                            closed: {
                                en: string;
                                "zh-CN": string;
                            };
                            closedRate: {
                                en: string;
                                "zh-CN": string;
                            };
                            due: {
                                en: string;
                                "zh-CN": string;
                            };
                            extended: {
                                en: string;
                                "zh-CN": string;
                            };
                            onTime: {
                                en: string;
                                "zh-CN": string;
                            };
                            onTimeRate: {
                                en: string;
                                "zh-CN": string;
                            };
                        };
                        months: {
                            closed: number;
                            closedLate: number;
                            closedRate: number | null;
                            due: number;
                            extended: number;
                            month: string;
                            onTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                        }[];
                        overdueItems: {
                            daysOverdue: number;
                            dueOn: string;
                            id: string;
                            leadUnit: {
                                id: string;
                                name: string;
                            } | null;
                            number: string;
                            originalDueOn: string;
                            /** @enum {string} */
                            state: "registering" | "reviewing" | "signing" | "handling" | "completionReview" | "leaderReview" | "closed" | "cancelled";
                            title: string;
                        }[];
                        period: {
                            from: string;
                            to: string;
                        };
                        today: string;
                        totals: {
                            closed: number;
                            closedLate: number;
                            closedRate: number | null;
                            due: number;
                            extended: number;
                            onTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                        };
                        units: {
                            closed: number;
                            closedLate: number;
                            closedRate: number | null;
                            due: number;
                            extended: number;
                            onTime: number;
                            onTimeRate: number | null;
                            overdue: number;
                            rank: number;
                            unit: {
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSupervisionStatisticsXlsx: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiSystemModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dependsOn: string[];
                        enabledAfterRestart: boolean;
                        name: string;
                        permissions: string[];
                        processes: string[];
                        running: boolean;
                        title: {
                            en: string;
                            "zh-CN": string;
                        };
                        version: string;
                    }[];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApiSystemModulesName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabledAfterRestart: boolean;
                        name: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTasks: {
        parameters: {
            query?: {
                box?: "todo" | "done" | "started" | "cc";
                keyword?: string;
                module?: string;
                overdue?: "0" | "1" | "true" | "false";
                page?: number;
                pageSize?: number;
                read?: "0" | "1" | "true" | "false";
                sort?: "created" | "due" | "urgency";
                urgency?: "normal" | "urgent" | "very_urgent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            businessKey: string | null;
                            completedAt: string | null;
                            createdAt: string;
                            dueAt: string | null;
                            ending: {
                                elementId: string;
                                name: string;
                            } | null;
                            fromName: string | null;
                            id: string;
                            initiatorName: string | null;
                            instanceId: string;
                            /** @enum {string} */
                            instanceState: "active" | "suspended" | "completed" | "terminated";
                            /** @enum {string} */
                            kind: "task" | "instance" | "circulation";
                            module: string | null;
                            outcome: string | null;
                            overdue: boolean;
                            processKey: string;
                            readAt: string | null;
                            state: string;
                            stepName: string | null;
                            title: string;
                            urgency: string;
                            version: number | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        totalCapped: boolean;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTasksId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fieldAccess: {
                            [key: string]: "editable" | "readonly" | "hidden";
                        };
                        form: {
                            [key: string]: unknown;
                        } | null;
                        instance: {
                            activeElementIds: string[];
                            businessKey: string | null;
                            circulations: {
                                createdAt: string;
                                from: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                id: string;
                                note: string | null;
                                readAt: string | null;
                                user: {
                                    id: string;
                                    name: string | null;
                                };
                            }[];
                            completedElementIds: string[];
                            definitionId: string;
                            endedAt: string | null;
                            ending: {
                                elementId: string;
                                name: string;
                            } | null;
                            endReason: string | null;
                            form: {
                                access: {
                                    [key: string]: "readonly" | "hidden";
                                };
                                id: string;
                                schema: {
                                    [key: string]: unknown;
                                };
                                values: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            history: {
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                elementId: string | null;
                                elementName: string | null;
                                id: number;
                                kind: string;
                                onBehalfOf: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                opinion: string | null;
                                outcome: string | null;
                                people: {
                                    [key: string]: {
                                        name: string;
                                        unit: string | null;
                                    };
                                };
                                taskId: string | null;
                            }[];
                            id: string;
                            initiator: {
                                id: string;
                                name: string;
                                unit: {
                                    id: string;
                                    name: string;
                                } | null;
                            } | null;
                            openTasks: {
                                assignee: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                createdAt: string;
                                dueAt: string | null;
                                elementId: string;
                                id: string;
                                kind: string;
                                name: string;
                                state: string;
                                urgeCount: number;
                            }[];
                            processKey: string;
                            processName: string;
                            startedAt: string;
                            /** @enum {string} */
                            state: "active" | "suspended" | "completed" | "terminated";
                            title: string;
                            urgency: string;
                            variables: {
                                [key: string]: unknown;
                            };
                            version: number;
                            viewer: {
                                canManage: boolean;
                                canTerminate: boolean;
                                canUrge: boolean;
                                canWithdraw: boolean;
                            };
                        };
                        operations: ("complete" | "return" | "withdraw" | "transfer" | "delegate" | "addSigners" | "removeSigners" | "circulate" | "urge" | "claim")[];
                        returnableSteps: {
                            elementId: string;
                            lastHandledBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            name: string;
                        }[];
                        task: {
                            assignee: {
                                id: string;
                                name: string | null;
                            } | null;
                            createdAt: string;
                            delegatedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            details: {
                                [key: string]: unknown;
                            };
                            dueAt: string | null;
                            elementId: string;
                            formKey: string | null;
                            id: string;
                            kind: string;
                            name: string;
                            proxyFor: {
                                id: string;
                                name: string | null;
                            } | null;
                            state: string;
                            version: number;
                        };
                        values: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdAddSigners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "before" | "after" | "parallel";
                    opinion?: string;
                    userIds: string[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdCirculate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        circulated: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nextAssignees?: string[] | {
                        [key: string]: string[];
                    };
                    opinion?: string;
                    /** @enum {string} */
                    outcome?: "agree" | "disagree";
                    variables?: {
                        [key: string]: unknown;
                    };
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    opinion?: string;
                    /** Format: uuid */
                    userId: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdRemoveSigners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    taskIds: string[];
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comeBack?: boolean;
                    opinion?: string;
                    targetElementId: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    opinion?: string;
                    /** Format: uuid */
                    userId: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instanceId: string;
                        taskIds: string[];
                        tasks: {
                            assigneeId: string | null;
                            elementId: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiTasksIdUrge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        urged: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiTasksCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        overdue: number;
                        running: number;
                        todo: number;
                        unread: number;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        database: {
                            detail?: string;
                            kind: string;
                            ms: number;
                            ok: boolean;
                        };
                        redis: {
                            detail?: string;
                            ms: number;
                            ok: boolean;
                        };
                        role: string;
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        version: string;
                    };
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
