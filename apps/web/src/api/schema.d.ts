// Generated from apps/api/openapi.json by `npm run client:generate`. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Temporal are reachable */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the areas */
        get: operations["AreasController_list"];
        put?: never;
        /** Add an area (front or back office) */
        post: operations["AreasController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One area, with its version as ETag */
        get: operations["AreasController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an area */
        patch: operations["AreasController_update"];
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the internal services */
        get: operations["ServicesController_list"];
        put?: never;
        /** Add an internal service, its provider and its consumer areas */
        post: operations["ServicesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One internal service */
        get: operations["ServicesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an internal service: name, description, standard, consumers */
        patch: operations["ServicesController_update"];
        trace?: never;
    };
    "/v1/services/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a service: out of the ranking and the matrix, no new cycle; running ones go on */
        post: operations["ServicesController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a retired service back in service */
        post: operations["ServicesController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a service's KPIs */
        get: operations["KpisController_forService"];
        put?: never;
        /** Add a KPI to a service */
        post: operations["KpisController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/{id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a KPI measurement */
        post: operations["KpisController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One KPI with its latest measurements */
        get: operations["KpisController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a KPI's name, unit, baseline or target */
        patch: operations["KpisController_update"];
        trace?: never;
    };
    "/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the surveys */
        get: operations["SurveysController_list"];
        put?: never;
        /** Open an internal-customer survey */
        post: operations["SurveysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a survey's responses */
        get: operations["SurveysController_responses"];
        put?: never;
        /** Record a survey response */
        post: operations["SurveysController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One survey */
        get: operations["SurveysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey's results per service */
        get: operations["SurveysController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank the services to improve */
        get: operations["PrioritizationController_rank"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service matrix: consumer areas by services */
        get: operations["PrioritizationController_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's recorded volumes */
        get: operations["PrioritizationInputsController_volumes"];
        put?: never;
        /** Record a service's request volume */
        post: operations["PrioritizationController_recordVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's prioritization criteria */
        get: operations["PrioritizationInputsController_criteria"];
        /** Set a service's prioritization criteria */
        put: operations["PrioritizationController_setCriteria"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maturity/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The maturity model's capabilities */
        get: operations["MaturityController_capabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maturity/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the maturity assessments */
        get: operations["MaturityController_assessments"];
        put?: never;
        /** Record a maturity assessment */
        post: operations["MaturityController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maturity/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maturity assessment */
        get: operations["MaturityController_assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/maturity/self-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score the four-question self-test */
        post: operations["MaturityController_selfTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cycles by stage, status and service */
        get: operations["CyclesController_list"];
        put?: never;
        /** Start an improvement cycle for a service */
        post: operations["CyclesController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many cycles are in each stage and status */
        get: operations["CyclesController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cycle, with its outcome */
        get: operations["CyclesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle's evidence document for auditors */
        get: operations["CyclesController_evidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the gap */
        put: operations["CycleCommandsController_recordGap"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/root-causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the root causes */
        put: operations["CycleCommandsController_recordRootCauses"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the initiatives */
        put: operations["CycleCommandsController_recordInitiatives"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the stage's work for approval */
        post: operations["CycleCommandsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a gate or a re-evaluation */
        post: operations["CycleCommandsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/initiatives/{initiativeId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an initiative's progress */
        post: operations["CycleCommandsController_reportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/re-evaluate-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the re-evaluation now */
        post: operations["CycleCommandsController_reEvaluateNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the cycle */
        post: operations["CycleCommandsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle's audit history (JSON or CSV) */
        get: operations["CycleHistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/history/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle's history bundle for offline verification */
        get: operations["CycleHistoryController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/history/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the cycle's audit chain */
        get: operations["CycleHistoryController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's approval inbox */
        get: operations["ApprovalsController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people, by role and by a part of their id, name or email */
        get: operations["PeopleController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller as the product knows them */
        get: operations["PeopleController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/me/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The initiatives the caller owns */
        get: operations["PeopleController_initiatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or update a person */
        put: operations["PeopleController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the service accounts */
        get: operations["ServiceAccountsController_list"];
        put?: never;
        /** Add a service account; its key is shown this once */
        post: operations["ServiceAccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a service account */
        delete: operations["ServiceAccountsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog's audit history */
        get: operations["CatalogHistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/history/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog's history bundle for offline verification */
        get: operations["CatalogHistoryController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/history/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the catalog's audit chain */
        get: operations["CatalogHistoryController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments to repeat and to correct, a page at a time */
        get: operations["FeedbackController_feedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/standard-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a period's results against the service standard */
        post: operations["StandardsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/standard-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's compliance with its standard, per period */
        get: operations["StandardsController_compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/approval-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's approval policy in force */
        get: operations["ApprovalPolicyController_get"];
        /** Set the service's approval policy (a new version) */
        put: operations["ApprovalPolicyController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List delegations */
        get: operations["DelegationsController_list"];
        put?: never;
        /** Delegate one's decisions for a time */
        post: operations["DelegationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a delegation */
        delete: operations["DelegationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/roadmap-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cycle's roadmap changes */
        get: operations["RoadmapChangesController_list"];
        put?: never;
        /** Propose a change to the approved roadmap */
        post: operations["RoadmapChangesController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cycles/{id}/roadmap-changes/{changeId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a roadmap change */
        post: operations["RoadmapChangesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit signing keys (JWKS) */
        get: operations["AuditController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/keys/{kid}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an audit signing key */
        post: operations["AuditController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed audit checkpoints */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the customer journeys */
        get: operations["JourneysController_list"];
        put?: never;
        /** Add a customer journey */
        post: operations["JourneysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer journey */
        get: operations["JourneysController_get"];
        /** Replace a customer journey */
        put: operations["JourneysController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook endpoints, oldest first (never their secrets) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Add a webhook endpoint; its signing secret is shown this once */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (never its secret) */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint: nothing more is sent to it */
        delete: operations["WebhooksController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the old one keeps signing beside it for 24 hours */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What was sent to the endpoint, oldest first, with each one’s state */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message once more, with the same webhook-id */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}/responses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import survey responses from CSV */
        post: operations["ImportsController_importResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis/{id}/measurements/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import KPI measurements from CSV */
        post: operations["ImportsController_importMeasurements"];
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
        CreateAreaDto: {
            name: string;
            /**
             * @description front faces end customers; back provides internal services
             * @enum {string}
             */
            kind: "front" | "back";
        };
        AreaView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "front" | "back";
            /** @description 1 when created, one more with each change. */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        UpdateAreaDto: {
            name?: string;
        };
        ServiceStandardDto: {
            /** @description The response time or quality level the provider promises. */
            description: string;
            responseTimeHours?: number;
        };
        CreateServiceDto: {
            name: string;
            description?: string;
            /**
             * Format: uuid
             * @description The back area that provides the service.
             */
            providerAreaId: string;
            /** @description Its internal customers: areas, front or back, that depend on it; never its provider. */
            consumerAreaIds: string[];
            standard?: components["schemas"]["ServiceStandardDto"];
            /** @default false */
            critical: boolean;
        };
        ServiceView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** Format: uuid */
            providerAreaId: string;
            consumerAreaIds: string[];
            standard: components["schemas"]["ServiceStandardDto"] | null;
            critical: boolean;
            /**
             * Format: date-time
             * @description When it was retired: out of the ranking and the matrix, no new cycle. null while in service.
             */
            retiredAt: string | null;
            /** @description Why it was retired; null while in service. */
            retiredReason: string | null;
            /** @description 1 when created, one more with each change. */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        UpdateServiceDto: {
            name?: string;
            /** @description Its internal customers: areas, front or back, that depend on it; never its provider. */
            consumerAreaIds?: string[];
            /** @default false */
            critical: boolean;
            /** @description null clears it. */
            description?: string | null;
            /** @description null clears it. */
            standard?: components["schemas"]["ServiceStandardDto"] | null;
        };
        ServiceRetirementDto: {
            /** @description Why: kept in the event on the catalog chain. */
            reason: string;
        };
        CreateKpiDto: {
            name: string;
            /** @description e.g. hours, %, count */
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
        };
        MeasurementView: {
            /** Format: uuid */
            id: string;
            value: number;
            /** Format: date-time */
            measuredAt: string;
            source: string | null;
        };
        KpiView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
            latestValue: number | null;
            /** @description Positive while short of the target. */
            gapToTarget: number | null;
            /** @enum {string|null} */
            trend: "improving" | "worsening" | "flat" | null;
            /** @description 1 when created, one more with each change. */
            version: number;
            /** @description The latest measurements, newest first: `limit` of them (100 by default). */
            measurements: components["schemas"]["MeasurementView"][];
            /** @description How many measurements the KPI has in all. */
            measurementCount: number;
            /** @description Pass as `cursor` for the next, older measurements; null after the oldest. */
            nextCursor: string | null;
        };
        KpiSummaryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
            latestValue: number | null;
            /** @description Positive while short of the target. */
            gapToTarget: number | null;
            /** @enum {string|null} */
            trend: "improving" | "worsening" | "flat" | null;
            /** @description 1 when created, one more with each change. */
            version: number;
        };
        RecordMeasurementDto: {
            value: number;
            /** Format: date-time */
            measuredAt: string;
            source?: string;
        };
        UpdateKpiDto: {
            name?: string;
            /** @description e.g. hours, %, count */
            unit?: string;
            baseline?: number;
            target?: number;
        };
        CreateSurveyDto: {
            name: string;
            /** @example 2026-07-01 */
            periodStart: string;
            /** @example 2026-09-30 */
            periodEnd: string;
            /** @example 1 */
            scaleMin: number;
            /** @example 5 */
            scaleMax: number;
        };
        SurveyView: {
            /** Format: uuid */
            id: string;
            name: string;
            periodStart: string;
            periodEnd: string;
            scaleMin: number;
            scaleMax: number;
        };
        SurveyResponseView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            respondentAreaId: string;
            score: number;
            comment: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        SurveyResponseDto: {
            /**
             * Format: uuid
             * @description The service rated.
             */
            serviceId: string;
            /**
             * Format: uuid
             * @description The consumer area that rates it.
             */
            respondentAreaId: string;
            /** @description A whole number within the survey scale. */
            score: number;
            comment?: string;
        };
        SurveyResponseRecordedView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            surveyId: string;
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            respondentAreaId: string;
            score: number;
        };
        SurveyResultView: {
            /** Format: uuid */
            serviceId: string;
            /** @description How many responses rated the service. */
            responses: number;
            /** @description The mean score, to three decimals. */
            meanScore: number;
            /**
             * @description Responses per score, keyed by the score; every score of the scale present.
             * @example {
             *       "1": 0,
             *       "2": 1,
             *       "3": 4,
             *       "4": 7,
             *       "5": 2
             *     }
             */
            distribution: {
                [key: string]: number;
            };
        };
        PriorityWeightsView: {
            strategyImpact: number;
            customers: number;
            margins: number;
            ease: number;
            touchpoints: number;
        };
        PriorityReasonView: {
            /** @example mean_score */
            criterion: string;
            value: number | null;
            note?: string;
            /** @description Weighted rule only. */
            weight?: number;
            /** @description Weighted rule only: 0..1. */
            normalized?: number;
            /** @description Weighted rule only. */
            contribution?: number;
        };
        RankedServiceView: {
            rank: number;
            /** Format: uuid */
            serviceId: string;
            meanScore: number | null;
            endCustomers: number | null;
            reworkRate: number | null;
            touchpoints: number;
            /** @description Within standard / requests, 0..1. */
            standardCompliance: number | null;
            /** @description Weighted rule only: 0..1, higher first. */
            score?: number;
            reasons: components["schemas"]["PriorityReasonView"][];
        };
        RankingView: {
            /** @enum {string} */
            rule: "default" | "weighted";
            /** Format: uuid */
            surveyId: string | null;
            /** @example 2026-Q3 */
            period: string | null;
            /** @description Weighted rule only. */
            weights?: components["schemas"]["PriorityWeightsView"];
            items: components["schemas"]["RankedServiceView"][];
        };
        MatrixAreaView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "front" | "back";
        };
        MatrixServiceView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            providerAreaId: string;
            providerAreaName: string;
            critical: boolean;
        };
        MatrixRatingView: {
            /** Format: uuid */
            surveyId: string;
            meanScore: number;
            responses: number;
            scaleMin: number;
            scaleMax: number;
        };
        MatrixCellView: {
            /** Format: uuid */
            serviceId: string;
            /** Format: uuid */
            consumerAreaId: string;
            /** Format: uuid */
            providerAreaId: string;
            latestRating: components["schemas"]["MatrixRatingView"] | null;
        };
        ServiceMatrixView: {
            consumerAreas: components["schemas"]["MatrixAreaView"][];
            services: components["schemas"]["MatrixServiceView"][];
            cells: components["schemas"]["MatrixCellView"][];
        };
        VolumeDto: {
            /** @example 2026-Q3 */
            period: string;
            endCustomers: number;
            reworkRate: number;
        };
        VolumeView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            /** @example 2026-Q3 */
            period: string;
            endCustomers: number;
            reworkRate: number;
        };
        CriteriaDto: {
            /** @description Impact on the current strategy. */
            strategyImpact: number;
            /** @description Margins involved. */
            marginsInvolved: number;
            /** @description Ease of transformation. */
            easeOfTransformation: number;
        };
        CriteriaView: {
            /** Format: uuid */
            serviceId: string;
            strategyImpact: number;
            marginsInvolved: number;
            easeOfTransformation: number;
        };
        CapabilityView: {
            /** @example business_intelligence */
            id: string;
            name: string;
            /** @enum {string} */
            category: "business_process_alignment" | "talent_management" | "customer_interaction" | "infrastructure";
        };
        RatingDto: {
            /** @description A capability id from /v1/maturity/capabilities */
            capability: string;
            current: number;
            target: number;
        };
        AssessmentDto: {
            name: string;
            ratings: components["schemas"]["RatingDto"][];
        };
        CapabilityRatingView: {
            /** @description A capability id from /v1/maturity/capabilities. */
            capability: string;
            /** @enum {integer} */
            current: 1 | 2 | 3 | 4;
            /** @enum {integer} */
            target: 1 | 2 | 3 | 4;
        };
        CapabilityGapView: {
            capability: string;
            /** @enum {string} */
            category: "business_process_alignment" | "talent_management" | "customer_interaction" | "infrastructure";
            /** @enum {integer} */
            current: 1 | 2 | 3 | 4;
            /** @enum {integer} */
            target: 1 | 2 | 3 | 4;
            /** @description target - current. */
            size: number;
        };
        AssessmentView: {
            /** Format: uuid */
            id: string;
            name: string;
            ratings: components["schemas"]["CapabilityRatingView"][];
            /** @description The ratings below their target, largest gap first. */
            gaps: components["schemas"]["CapabilityGapView"][];
            /** Format: date-time */
            createdAt: string;
        };
        SelfTestDto: {
            /**
             * @description Questions 1-3 take a-c, question 4 a-d.
             * @example [
             *       "a",
             *       "b",
             *       "c",
             *       "d"
             *     ]
             */
            answers: ("a" | "b" | "c" | "d")[];
        };
        SelfTestResultView: {
            points: number;
            /**
             * @description long_way_to_go (4-6), doing_well (7-10), on_top_of_it (11-13).
             * @enum {string}
             */
            band: "long_way_to_go" | "doing_well" | "on_top_of_it";
        };
        CyclePolicyDto: {
            /**
             * @description How long a gate waits before a reminder. From CYCLE_POLICY_MIN (PT1M unless configured) to P90D; outside: 400.
             * @example P5D
             */
            approvalSla?: string;
            /**
             * @description How often monitoring checks in. From CYCLE_POLICY_MIN (PT1M unless configured) to P1Y; outside: 400.
             * @example P30D
             */
            checkInEvery?: string;
            /**
             * @description When monitoring is re-evaluated. From CYCLE_POLICY_MIN (PT1M unless configured) to P5Y; outside: 400.
             * @example P6M
             */
            reEvaluateAfter?: string;
            /**
             * @description Who escalations go to: someone who can act on a waiting gate.
             * @default admin
             * @enum {string}
             */
            escalateTo: "manager" | "admin";
        };
        StartCycleDto: {
            /**
             * Format: uuid
             * @description The internal service to improve.
             */
            serviceId: string;
            policy?: components["schemas"]["CyclePolicyDto"];
        };
        CycleStartedView: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            status: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
        };
        CyclePolicyView: {
            /**
             * @description ISO 8601 duration: a gate’s wait per reminder.
             * @example P5D
             */
            approvalSla: string;
            /**
             * @description ISO 8601 duration between check-ins.
             * @example P30D
             */
            checkInEvery: string;
            /**
             * @description ISO 8601 duration from monitoring to review.
             * @example P6M
             */
            reEvaluateAfter: string;
            /**
             * @description Who escalations go to; absent on cycles started before it existed (admin).
             * @enum {string}
             */
            escalateTo?: "manager" | "admin";
        };
        CycleSelectionView: {
            /** @enum {string} */
            rule: "default";
            /** Format: uuid */
            surveyId: string | null;
            /** @example 2026-Q3 */
            period: string | null;
            rank: number;
            rankedServices: number;
            meanScore: number | null;
            endCustomers: number | null;
            reworkRate: number | null;
            reasons: components["schemas"]["PriorityReasonView"][];
            /** Format: date-time */
            computedAt: string;
        };
        GapSourceView: {
            /** @enum {string} */
            kind: "kpi" | "survey" | "maturity" | "standard";
            /**
             * Format: uuid
             * @description The KPI, survey, maturity assessment or (standard) service.
             */
            id: string;
        };
        GapView: {
            statement: string;
            /** Format: uuid */
            kpiId: string | null;
            currentValue: number;
            targetValue: number;
            evidence: string;
            /** @description Where the gap was found; absent when it was stated without a source. */
            source?: components["schemas"]["GapSourceView"];
        };
        RootCauseOriginView: {
            /** Format: uuid */
            cycleId: string;
            /** @description Null for a cause without an id. */
            causeId: string | null;
        };
        RootCauseView: {
            /** @description What initiatives name it by; absent on causes recorded before ids. */
            id?: string;
            /** @enum {string} */
            category: "people" | "process" | "technology" | "policy" | "suppliers" | "measurement";
            description: string;
            /** @description Why, asked again and again, in order. */
            whys: string[];
            evidence: string;
            /** @description A draft carried over by a restart: the cause it was copied from. */
            origin?: components["schemas"]["RootCauseOriginView"];
        };
        InitiativeOriginView: {
            /** Format: uuid */
            cycleId: string;
            initiativeId: string;
        };
        InitiativeView: {
            id: string;
            title: string;
            ownerId: string;
            /** @description ISO date (YYYY-MM-DD) or instant by which it should be done. */
            dueDate: string;
            /** Format: uuid */
            kpiId: string | null;
            expectedEffect: string;
            /** @description The root causes (ids) it addresses. */
            addressesCauseIds?: string[];
            /** @description A draft carried over by a restart: where it was copied from. */
            origin?: components["schemas"]["InitiativeOriginView"];
            percentComplete: number;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "off_track" | "done" | "dropped";
            /** Format: date-time */
            lastProgressAt: string | null;
            lastNote: string | null;
            /** @description Why an approved change dropped it. */
            dropReason?: string;
            /** @description The due date its `initiative_overdue` event was recorded for, once it was. */
            overdueNotedFor?: string;
            /** @description True from the end of its due date until done or dropped. */
            late: boolean;
        };
        PlannedInitiativeView: {
            title: string;
            /** @description Who is accountable for it: a person id. */
            ownerId: string;
            /** @description ISO date (YYYY-MM-DD) or instant by which it should be done. */
            dueDate: string;
            /** Format: uuid */
            kpiId: string | null;
            expectedEffect: string;
            /** @description The root causes (ids) it addresses. */
            addressesCauseIds?: string[];
        };
        InitiativeChangeView: {
            /** @description The initiative it changes. */
            id: string;
            title?: string;
            ownerId?: string;
            /** @description ISO date (YYYY-MM-DD) or instant. */
            dueDate?: string;
            /**
             * Format: uuid
             * @description null: the initiative tracks no KPI any more.
             */
            kpiId?: string | null;
            expectedEffect?: string;
        };
        InitiativeDropView: {
            /** @description The initiative it drops. */
            id: string;
            reason: string;
        };
        CycleActorView: {
            id: string;
            name?: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
        };
        GateApprovalPolicyView: {
            version: number;
            approvers: string[];
            quorum: number;
            escalateTo: string[];
        };
        GateApprovalView: {
            /** @description Who approved: the approver, or their delegate. */
            by: string;
            /** @description The approver a delegate acted for. */
            onBehalfOf: string | null;
            /** Format: date-time */
            at: string;
        };
        PendingRoadmapChangeView: {
            /** Format: uuid */
            id: string;
            reason: string;
            add: components["schemas"]["PlannedInitiativeView"][];
            change: components["schemas"]["InitiativeChangeView"][];
            drop: components["schemas"]["InitiativeDropView"][];
            proposedBy: components["schemas"]["CycleActorView"];
            /** Format: date-time */
            proposedAt: string;
            /** @description Its proposer: nobody approves their own change. */
            excludedDeciders: string[];
            /** @description The policy when it was proposed; null: any manager, quorum 1. */
            approvalPolicy: components["schemas"]["GateApprovalPolicyView"] | null;
            approvals: components["schemas"]["GateApprovalView"][];
            /** @description Reminders and escalations so far. */
            notices: number;
        };
        PendingApprovalView: {
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @description `system` for a scheduled re-evaluation. */
            submittedBy: components["schemas"]["CycleActorView"];
            /** Format: date-time */
            submittedAt: string;
            note: string | null;
            /** @description Reminders and escalations so far. */
            notices: number;
            /** @description Who may not decide it (four eyes); absent on waits from before it existed. */
            excludedDeciders?: string[];
            /** @description The policy when the wait opened; null or absent: any manager, quorum 1. */
            approvalPolicy?: components["schemas"]["GateApprovalPolicyView"] | null;
            /** @description Approvals counted so far. */
            approvals?: components["schemas"]["GateApprovalView"][];
            /** @description Seconds since it was submitted. */
            waitingSeconds: number;
        };
        InitiativeVerdictView: {
            id: string;
            /** @enum {string} */
            verdict: "keep" | "drop" | "change";
            note?: string | null;
        };
        ReEvaluationReviewView: {
            stillValid: boolean;
            prioritiesChanged: boolean;
            customerPreferencesChanged: boolean;
            environmentChanged: boolean;
            initiatives: components["schemas"]["InitiativeVerdictView"][];
        };
        DecisionView: {
            /**
             * @description The stage decided on.
             * @enum {string}
             */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            decision: "approve" | "reject" | "close" | "continue" | "restart";
            reason: string | null;
            /** @description Who decided (a delegate, when one did). */
            by: components["schemas"]["CycleActorView"];
            /** @description A re-evaluation’s review. */
            review?: components["schemas"]["ReEvaluationReviewView"];
            /** Format: date-time */
            at: string;
            /** @description Who submitted what was decided. */
            submittedBy: string | null;
            /** @description The approver a delegate decided for. */
            onBehalfOf?: string;
        };
        ApprovalNoticeView: {
            /** @enum {string} */
            kind: "reminder" | "escalation";
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @description 0 the reminder, 1.. escalations. */
            level: number;
            /** @enum {string} */
            toRole: "improver" | "manager" | "auditor" | "admin";
            /** @description The people it went to, when the service has an approval policy. */
            toPeople?: string[];
            /**
             * Format: uuid
             * @description Set when a roadmap change waits.
             */
            changeId?: string;
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            waitingSince: string;
        };
        KpiForecastView: {
            /** @description The KPI’s least-squares trend over its latest six measurements. */
            projected: number;
            /**
             * Format: date-time
             * @description The re-evaluation’s due date.
             */
            at: string;
            /** @description Whether `projected` reaches the target in the KPI’s direction. */
            onTrack: boolean;
        };
        KpiReadingView: {
            /** Format: uuid */
            kpiId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
            latestValue: number | null;
            /** Format: date-time */
            latestAt: string | null;
            /** @description The trend projected to the re-evaluation’s due date; null with too few measurements, absent on readings from before forecasts. */
            forecast?: components["schemas"]["KpiForecastView"] | null;
        };
        CheckInView: {
            /** Format: date-time */
            at: string;
            /** @description Null when no KPI is tracked. */
            kpi: components["schemas"]["KpiReadingView"] | null;
            lateInitiativeIds: string[];
            offTrackInitiativeIds: string[];
        };
        MonitoringPeriodView: {
            /** @description Counts from 1. */
            number: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            reEvaluationDueAt: string;
            /** @description Check-ins in this period so far. */
            checkIns: number;
        };
        KpiComparisonView: {
            /** Format: uuid */
            kpiId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
            latestValue: number | null;
            /** Format: date-time */
            latestAt: string | null;
            /** @description The trend projected to the re-evaluation’s due date; null with too few measurements, absent on readings from before forecasts. */
            forecast?: components["schemas"]["KpiForecastView"] | null;
            /** @description The gap’s current value. */
            before: number | null;
            /** @description The latest measurement. */
            after: number | null;
            improved: boolean | null;
            targetMet: boolean | null;
        };
        InitiativeOutcomeView: {
            id: string;
            title: string;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "off_track" | "done" | "dropped";
            percentComplete: number;
            /** @description ISO date (YYYY-MM-DD) or instant. */
            dueDate: string;
            late: boolean;
        };
        ReEvaluationView: {
            /** Format: date-time */
            enteredAt: string;
            /** @enum {string} */
            trigger: "schedule" | "manager";
            /** @description The manager who asked for it; null on schedule. */
            requestedBy: components["schemas"]["CycleActorView"] | null;
            reason: string | null;
            /** @description Null without a KPI. */
            kpi: components["schemas"]["KpiComparisonView"] | null;
            initiatives: components["schemas"]["InitiativeOutcomeView"][];
        };
        OutcomeActorView: {
            id: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
        };
        KpiOutcomeView: {
            baseline: number;
            /** @description The latest measurement at or before the cycle started. */
            atStart: number | null;
            /** @description The latest measurement. */
            latest: number | null;
            target: number;
            /** @description (latest - baseline) / (target - baseline) x 100, one decimal; null without a latest measurement or when target equals baseline. */
            achievedPercent: number | null;
        };
        RatingOutcomeView: {
            /** @description The service’s mean score in the latest survey whose period ended before the cycle started. */
            atStart: number | null;
            /** @description The service’s mean score in the latest survey (by period) that rated it. */
            latest: number | null;
        };
        KpiSinceView: {
            /** @description The latest measurement now. */
            latest: number | null;
            /** @description Against the baseline and target that stood at the cycle’s start. */
            achievedPercent: number | null;
        };
        RatingSinceView: {
            /** @description The latest survey’s mean now. */
            latest: number | null;
        };
        OutcomeSinceView: {
            kpi?: components["schemas"]["KpiSinceView"];
            rating?: components["schemas"]["RatingSinceView"];
        };
        CycleOutcomeView: {
            /**
             * @description How it ended.
             * @enum {string}
             */
            decision?: "close" | "restart" | "cancel";
            /** Format: date-time */
            at?: string;
            by?: components["schemas"]["OutcomeActorView"];
            reason?: string | null;
            /** Format: uuid */
            nextCycleId?: string | null;
            /** @description The tracked KPI (the gap’s), before and now; when the gap names one. */
            kpi?: components["schemas"]["KpiOutcomeView"];
            /** @description The service’s survey rating, before and now; when a survey rated it. */
            rating?: components["schemas"]["RatingOutcomeView"];
            /** @description The tracked KPI projected to the re-evaluation’s due date; once monitoring started and the KPI has three measurements. */
            forecast?: components["schemas"]["KpiForecastView"];
            /** @description A closed cycle: `kpi`, `rating` and `forecast` are as they stood at the closing decision; these are the live figures since. */
            since?: components["schemas"]["OutcomeSinceView"];
        };
        CycleView: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            /** Format: uuid */
            serviceId: string;
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            status: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
            policy: components["schemas"]["CyclePolicyView"];
            /** Format: uuid */
            previousCycleId: string | null;
            /**
             * Format: uuid
             * @description Set by a restart.
             */
            nextCycleId: string | null;
            /** @description The ranking and inputs that chose the service; null when it was not ranked. */
            selection: components["schemas"]["CycleSelectionView"] | null;
            /** @description Null until the gap is recorded. */
            gap: components["schemas"]["GapView"] | null;
            rootCauses: components["schemas"]["RootCauseView"][];
            initiatives: components["schemas"]["InitiativeView"][];
            /** @description A change to the approved roadmap waiting for a decision. */
            pendingRoadmapChange: components["schemas"]["PendingRoadmapChangeView"] | null;
            /** @description What waits for a manager, since when. */
            pendingApproval: components["schemas"]["PendingApprovalView"] | null;
            /** @description The reason the stage was sent back; null once it is approved. */
            lastRejection: components["schemas"]["DecisionView"] | null;
            /** @description Every decision, oldest first. */
            decisions: components["schemas"]["DecisionView"][];
            /** @description Reminders and escalations of waiting approvals. */
            escalations: components["schemas"]["ApprovalNoticeView"][];
            /** @description The latest 12 check-ins, oldest first; the history holds every one. */
            checkIns: components["schemas"]["CheckInView"][];
            /** @description Null until execution monitoring starts. */
            monitoring: components["schemas"]["MonitoringPeriodView"] | null;
            /** @description The latest re-evaluation; null before the first. */
            reEvaluation: components["schemas"]["ReEvaluationView"] | null;
            /** @description Oldest first. */
            reEvaluations: components["schemas"]["ReEvaluationView"][];
            /** @description How the cycle ended (decision, at, by, reason, nextCycleId) once it has, and, on `GET /v1/cycles/:id`, what it measured (kpi, rating, forecast) once it has the data; null while there is nothing. */
            outcome: components["schemas"]["CycleOutcomeView"] | null;
            startedBy: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CycleCountView: {
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            status: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
            count: number;
        };
        CycleCountsView: {
            /** @description One entry per stage and status that has cycles; none for an empty one. */
            items: components["schemas"]["CycleCountView"][];
        };
        EvidenceActorView: {
            id: string;
            name?: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
        };
        EvidenceOutcomeView: {
            /** @enum {string} */
            decision: "close" | "restart" | "cancel";
            /** Format: date-time */
            at: string;
            by: components["schemas"]["EvidenceActorView"];
            reason: string | null;
            /** Format: uuid */
            nextCycleId: string | null;
        };
        EvidenceCycleView: {
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            serviceId: string;
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            status: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
            policy: components["schemas"]["CyclePolicyView"];
            /** Format: uuid */
            previousCycleId: string | null;
            /** Format: date-time */
            startedAt: string;
            startedBy: components["schemas"]["EvidenceActorView"];
            /** @description How the cycle ended; null until it has. */
            outcome: components["schemas"]["EvidenceOutcomeView"] | null;
        };
        EvidenceServiceView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** Format: uuid */
            providerAreaId: string;
            /** @enum {string} */
            providerKind: "back";
            strategyImpact: number | null;
            marginsInvolved: number | null;
            easeOfTransformation: number | null;
            standardDescription: string | null;
            standardResponseTimeHours: number | null;
            critical: boolean;
            version: number;
            /** Format: date-time */
            retiredAt: string | null;
            retiredReason: string | null;
            /** Format: date-time */
            createdAt: string;
            consumerAreaIds: string[];
        };
        RecordedInitiativeView: {
            id: string;
            title: string;
            ownerId: string;
            /** @description ISO date (YYYY-MM-DD) or instant by which it should be done. */
            dueDate: string;
            /** Format: uuid */
            kpiId: string | null;
            expectedEffect: string;
            /** @description The root causes (ids) it addresses. */
            addressesCauseIds?: string[];
            /** @description A draft carried over by a restart: where it was copied from. */
            origin?: components["schemas"]["InitiativeOriginView"];
            percentComplete: number;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "off_track" | "done" | "dropped";
            /** Format: date-time */
            lastProgressAt: string | null;
            lastNote: string | null;
            /** @description Why an approved change dropped it. */
            dropReason?: string;
            /** @description The due date its `initiative_overdue` event was recorded for, once it was. */
            overdueNotedFor?: string;
        };
        TraceLinkView: {
            /** @example gap */
            from: string;
            /** @example cause:7f1c… */
            to: string;
        };
        TraceabilityView: {
            /** @description Nodes: `gap`, `cause:<id>`, `initiative:<id>`, `kpi:<id>` and `outcome`. */
            links: components["schemas"]["TraceLinkView"][];
            /** @description Causes no initiative in the roadmap addresses. */
            uncoveredCauseIds: string[];
        };
        EvidenceMeasurementView: {
            /** Format: uuid */
            id: string;
            value: number;
            /** Format: date-time */
            measuredAt: string;
            source: string | null;
            /** Format: uuid */
            kpiId: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvidenceKpiView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better";
            baseline: number;
            target: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
            latestValue: number | null;
            /** @description Positive while short of the target. */
            gapToTarget: number | null;
            /** @enum {string|null} */
            trend: "improving" | "worsening" | "flat" | null;
            /** @description The latest 100, newest first. */
            measurements: components["schemas"]["EvidenceMeasurementView"][];
            /** @description How many measurements the KPI has in all. */
            measurementCount: number;
        };
        ChangeDecisionView: {
            /** @enum {string} */
            decision: "approve" | "reject";
            reason: string | null;
            by: string;
            onBehalfOf: string | null;
            /** Format: date-time */
            at: string;
        };
        RoadmapChangeView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            proposedBy: string;
            /** Format: date-time */
            proposedAt: string;
            reason: string;
            add: components["schemas"]["PlannedInitiativeView"][];
            change: components["schemas"]["InitiativeChangeView"][];
            drop: components["schemas"]["InitiativeDropView"][];
            decisions: components["schemas"]["ChangeDecisionView"][];
            /** @description The ids the added initiatives got, once approved. */
            addedIds: string[];
        };
        VerifiedCheckpointView: {
            seq: number;
            /** Format: date-time */
            at: string;
            kid: string;
        };
        ChainVerificationView: {
            valid: boolean;
            /** @description How many events were read. */
            events: number;
            /** @description Null for an empty chain. */
            headHash: string | null;
            /** @description When not valid: the seq of the first event that does not verify. */
            brokenAt?: number;
            /** @description When not valid: why. */
            reason?: string;
            /** @description The signed head the chain was checked against; null before the first. */
            checkpoint: components["schemas"]["VerifiedCheckpointView"] | null;
        };
        CycleEvidenceView: {
            /** Format: date-time */
            generatedAt: string;
            cycle: components["schemas"]["EvidenceCycleView"];
            service: components["schemas"]["EvidenceServiceView"] | null;
            /** @description The ranking and inputs that chose the service; null for a restart’s cycle. */
            selection: components["schemas"]["CycleSelectionView"] | null;
            gap: components["schemas"]["GapView"] | null;
            /** @description The root causes, as the cycle holds them. */
            rootCauses: components["schemas"]["RootCauseView"][];
            /** @description The initiatives, as the cycle holds them (without `late`). */
            initiatives: components["schemas"]["RecordedInitiativeView"][];
            traceability: components["schemas"]["TraceabilityView"];
            /** @description The gap’s KPI, if any. */
            kpi: components["schemas"]["EvidenceKpiView"] | null;
            /** @description Every decision on the cycle’s stages. */
            approvals: components["schemas"]["DecisionView"][];
            /** @description Reminders and escalations of waiting approvals. */
            escalations: components["schemas"]["ApprovalNoticeView"][];
            /** @description The latest check-ins, oldest first. */
            checkIns: components["schemas"]["CheckInView"][];
            /** @description Every re-evaluation. */
            reEvaluations: components["schemas"]["ReEvaluationView"][];
            roadmapChanges: components["schemas"]["RoadmapChangeView"][];
            /** @description The audit chain, recomputed now: its head hash seals this document. */
            history: components["schemas"]["ChainVerificationView"];
        };
        GapSourceDto: {
            /**
             * @description A KPI, a survey, a maturity assessment, or a service’s standard results.
             * @enum {string}
             */
            kind: "kpi" | "survey" | "maturity" | "standard";
            /**
             * Format: uuid
             * @description The KPI, survey, assessment or (standard) service the gap was found in.
             */
            id: string;
        };
        RecordGapDto: {
            /** @description The gap: current state against the target state. */
            statement: string;
            /**
             * Format: uuid
             * @description The KPI that measures the gap.
             */
            kpiId?: string;
            currentValue: number;
            targetValue: number;
            /** @description Survey results, KPI readings or assessments behind the gap. */
            evidence: string;
            /** @description Where the gap was found. */
            source?: components["schemas"]["GapSourceDto"];
        };
        RootCauseDto: {
            /** @enum {string} */
            category: "people" | "process" | "technology" | "policy" | "suppliers" | "measurement";
            description: string;
            /** @description The 5 whys, in order. */
            whys: string[];
            evidence: string;
        };
        RecordRootCausesDto: {
            causes: components["schemas"]["RootCauseDto"][];
        };
        InitiativeDto: {
            title: string;
            /** @description Who is accountable for it: a person id (the `sub` of their token). */
            ownerId: string;
            /** @example 2027-03-31 */
            dueDate: string;
            /** Format: uuid */
            kpiId?: string;
            /** @description The effect expected on the KPI. */
            expectedEffect: string;
            /** @description The root causes (their `id`s in this cycle) it addresses. */
            addressesCauseIds?: string[];
        };
        RecordInitiativesDto: {
            initiatives: components["schemas"]["InitiativeDto"][];
        };
        SubmitStageDto: {
            note?: string;
            /**
             * @description In initiative planning: submit although some root causes are addressed by no initiative (otherwise 409 naming them); needs `reason`.
             * @enum {string}
             */
            uncoveredCauses?: "accepted";
            /** @description Why the uncovered root causes are accepted. */
            reason?: string;
        };
        InitiativeVerdictDto: {
            /**
             * Format: uuid
             * @description One of the cycle’s initiatives.
             */
            id: string;
            /** @enum {string} */
            verdict: "keep" | "drop" | "change";
            note?: string;
        };
        ReEvaluationReviewDto: {
            /** @description Is the work still valid given the company’s priorities? */
            stillValid: boolean;
            /** @description Have the company’s priorities changed? */
            prioritiesChanged: boolean;
            /** @description Have the internal customers’ preferences changed? */
            customerPreferencesChanged: boolean;
            /** @description Has the business environment changed? */
            environmentChanged: boolean;
            initiatives: components["schemas"]["InitiativeVerdictDto"][];
        };
        DecisionDto: {
            /**
             * @description approve or reject at a stage gate; close, continue or restart at re-evaluation
             * @enum {string}
             */
            decision: "approve" | "reject" | "close" | "continue" | "restart";
            /** @description Required for every decision but approve. */
            reason?: string;
            /** @description With a re-evaluation decision only: its answers to the re-evaluation’s questions. */
            review?: components["schemas"]["ReEvaluationReviewDto"];
        };
        ProgressDto: {
            percentComplete: number;
            /** @enum {string} */
            status: "on_track" | "at_risk" | "off_track" | "done";
            note?: string;
        };
        ReasonDto: {
            reason: string;
        };
        AuditActorView: {
            /** @description The person, service account or system that acted. */
            id: string;
            roles: string[];
        };
        AuditEventView: {
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            cycleId: string | null;
            actor: components["schemas"]["AuditActorView"];
            action: string;
            stage: string | null;
            /** @description What the event says: free-form, its fields depend on `action` (left open on purpose). */
            data: {
                [key: string]: unknown;
            };
            requestId: string | null;
            /** @description The previous event’s hash (64 zeros for the first). */
            prevHash: string;
            /** @description SHA-256 over prevHash and the canonical JSON of the event. */
            hash: string;
        };
        AuditHistoryView: {
            /** @description Oldest first. */
            items: components["schemas"]["AuditEventView"][];
        };
        SignedCheckpointView: {
            /** @description `catalog` or `cycle:<cycleId>`. */
            chain: string;
            seq: number;
            /** @description The hash of event `seq`, the head signed. */
            headHash: string;
            /** Format: date-time */
            at: string;
            kid: string;
            /** @description SHA-256 (hex) of the canonical JSON of the previous checkpoint’s statement; null for the chain’s first. Absent on checkpoints signed before checkpoints were linked. */
            prev?: string | null;
            /** @description Ed25519, base64url, over the canonical JSON of `{ type: "audit-checkpoint", chain, seq, headHash, at, kid, prev }` (without `prev`, type `audit-checkpoint/v1`, for an unlinked one). */
            signature: string;
        };
        HistoryBundleView: {
            /** @description Oldest first. */
            events: components["schemas"]["AuditEventView"][];
            /** @description The chain’s latest signed head, read before its events; null before the first. */
            checkpoint: components["schemas"]["SignedCheckpointView"] | null;
            /** @description Every checkpoint of the chain, oldest first, each linked to the one before (`prev`): the verifier checks them all. */
            checkpoints: components["schemas"]["SignedCheckpointView"][];
        };
        WaitingChange: {
            /** Format: uuid */
            id: string;
            reason: string;
            add: components["schemas"]["PlannedInitiativeView"][];
            change: components["schemas"]["InitiativeChangeView"][];
            drop: components["schemas"]["InitiativeDropView"][];
            proposedBy: string;
            /** Format: date-time */
            proposedAt: string;
        };
        ApprovalSoFar: {
            /** @description Who approved: the approver, or their delegate. */
            by: string;
            /** Format: date-time */
            at: string;
            /** @description The approver a delegate acted for. */
            onBehalfOf: string | null;
        };
        PendingDecisionView: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            /** Format: uuid */
            serviceId: string;
            /** @enum {string} */
            stage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            /** @enum {string} */
            status: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
            policy: components["schemas"]["CyclePolicyView"];
            /** Format: uuid */
            previousCycleId: string | null;
            /**
             * Format: uuid
             * @description Set by a restart.
             */
            nextCycleId: string | null;
            /** @description The ranking and inputs that chose the service; null when it was not ranked. */
            selection: components["schemas"]["CycleSelectionView"] | null;
            /** @description Null until the gap is recorded. */
            gap: components["schemas"]["GapView"] | null;
            rootCauses: components["schemas"]["RootCauseView"][];
            initiatives: components["schemas"]["InitiativeView"][];
            /** @description A change to the approved roadmap waiting for a decision. */
            pendingRoadmapChange: components["schemas"]["PendingRoadmapChangeView"] | null;
            /** @description What waits for a manager, since when. */
            pendingApproval: components["schemas"]["PendingApprovalView"] | null;
            /** @description The reason the stage was sent back; null once it is approved. */
            lastRejection: components["schemas"]["DecisionView"] | null;
            /** @description Every decision, oldest first. */
            decisions: components["schemas"]["DecisionView"][];
            /** @description Reminders and escalations of waiting approvals. */
            escalations: components["schemas"]["ApprovalNoticeView"][];
            /** @description The latest 12 check-ins, oldest first; the history holds every one. */
            checkIns: components["schemas"]["CheckInView"][];
            /** @description Null until execution monitoring starts. */
            monitoring: components["schemas"]["MonitoringPeriodView"] | null;
            /** @description The latest re-evaluation; null before the first. */
            reEvaluation: components["schemas"]["ReEvaluationView"] | null;
            /** @description Oldest first. */
            reEvaluations: components["schemas"]["ReEvaluationView"][];
            /** @description How the cycle ended (decision, at, by, reason, nextCycleId) once it has, and, on `GET /v1/cycles/:id`, what it measured (kpi, rating, forecast) once it has the data; null while there is nothing. */
            outcome: components["schemas"]["CycleOutcomeView"] | null;
            startedBy: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description A stage gate (or the re-evaluation), or a change to the approved roadmap.
             * @enum {string}
             */
            kind: "gate" | "roadmap_change";
            /** @description The change, when one waits. */
            roadmapChange?: components["schemas"]["WaitingChange"];
            approvals: components["schemas"]["ApprovalSoFar"][];
            /** @description Distinct approvals the wait needs. */
            quorum: number;
            /** @description How long it has waited. */
            waitingSeconds: number;
        };
        KnownPersonView: {
            /** @description The `sub` of their tokens. */
            id: string;
            name: string | null;
            /** Format: email */
            email: string | null;
            /** @description The product roles of their latest token; none before they first sign in. */
            roles: ("improver" | "manager" | "auditor" | "admin")[];
            /**
             * Format: date-time
             * @description When they last signed in; null: never (an admin entered them).
             */
            lastSeenAt: string | null;
        };
        PersonView: {
            /** @description The `sub` of their tokens. */
            id: string;
            name: string | null;
            /** Format: email */
            email: string | null;
            /** @description For the caller: the roles of this token. Otherwise: those of their latest one. */
            roles: ("improver" | "manager" | "auditor" | "admin")[];
        };
        StoredInitiativeView: {
            id: string;
            title: string;
            ownerId: string;
            /** @description ISO date (YYYY-MM-DD) or instant by which it should be done. */
            dueDate: string;
            /** Format: uuid */
            kpiId: string | null;
            expectedEffect: string;
            /** @description The root causes (ids) it addresses. */
            addressesCauseIds?: string[];
            /** @description A draft carried over by a restart: where it was copied from. */
            origin?: components["schemas"]["InitiativeOriginView"];
            percentComplete: number;
            /** @enum {string} */
            status: "not_started" | "on_track" | "at_risk" | "off_track" | "done" | "dropped";
            /** Format: date-time */
            lastProgressAt: string | null;
            lastNote: string | null;
            /** @description Why an approved change dropped it. */
            dropReason?: string;
        };
        OwnedInitiativeView: {
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            serviceId: string;
            serviceName: string;
            /**
             * @description Where its cycle is: progress is reported in `execution_monitoring`.
             * @enum {string}
             */
            cycleStage: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
            initiative: components["schemas"]["StoredInitiativeView"];
        };
        UpdatePersonDto: {
            name: string;
            /** Format: email */
            email?: string | null;
        };
        CreateServiceAccountDto: {
            name: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
        };
        CreatedServiceAccountView: {
            /** Format: uuid */
            id: string;
            name: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
            /** @description Who acts with its key: the actor id on the audit trail. */
            actorId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The key, prefixed `ica_`: shown this once, kept only as a hash. */
            key: string;
        };
        ServiceAccountView: {
            /** Format: uuid */
            id: string;
            name: string;
            roles: ("improver" | "manager" | "auditor" | "admin")[];
            /** @description Who acts with its key: the actor id on the audit trail. */
            actorId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        FeedbackItemView: {
            /**
             * Format: uuid
             * @description The response that gave the comment.
             */
            id: string;
            /**
             * @description `repeat`: given with the top score of the scale; `correct`: with a score in its bottom half.
             * @enum {string}
             */
            kind: "repeat" | "correct";
            score: number;
            comment: string;
            /** Format: date-time */
            recordedAt: string;
        };
        FeedbackView: {
            /**
             * Format: uuid
             * @description The survey read; null when no survey rated the service.
             */
            surveyId: string | null;
            /** @description This page’s comments to repeat or to correct, oldest first. */
            items: components["schemas"]["FeedbackItemView"][];
            /** @description Pass as `cursor`, with the same `surveyId`, for the next page; null on the last one. */
            nextCursor: string | null;
            /** @description The comments of `items` to repeat (top score of the scale), oldest first. */
            repeat: string[];
            /** @description The comments of `items` to correct (a score in the bottom half of the scale), oldest first. */
            correct: string[];
        };
        StandardResultDto: {
            /** @example 2026-Q3 */
            period: string;
            /** @description Requests in the period. */
            requests: number;
            /** @description Of those, served within the standard: at most `requests`. */
            withinStandard: number;
        };
        StandardResultView: {
            /** @example 2026-Q3 */
            period: string;
            requests: number;
            withinStandard: number;
            /** @description `withinStandard / requests`; null without requests. */
            compliance: number | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            serviceId: string;
        };
        StandardComplianceView: {
            /** @example 2026-Q3 */
            period: string;
            requests: number;
            withinStandard: number;
            /** @description `withinStandard / requests`; null without requests. */
            compliance: number | null;
        };
        ApprovalPolicyDto: {
            /** @description Who decides the service’s gates: person ids (the `sub` of their tokens), each known already. */
            approvers: string[];
            /** @description How many distinct approvers must approve; at most the number of approvers. */
            quorum: number;
            /** @description Who an overdue wait escalates to; empty: the role in the cycle’s policy, as without one. */
            escalateTo: string[];
        };
        ApprovalPolicyView: {
            /** Format: uuid */
            serviceId: string;
            /** @description Counts from 1; null: the service has no policy (any manager decides, alone). */
            version: number | null;
            approvers: string[];
            quorum: number;
            escalateTo: string[];
            setBy: string | null;
            /** Format: date-time */
            setAt: string | null;
        };
        CreateDelegationDto: {
            /** @description Who decides in the caller’s place: a person id, another person than the caller. */
            delegateId: string;
            /**
             * Format: date-time
             * @description May be in the past: in force at once.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description After `startsAt`, and not yet past.
             */
            endsAt: string;
            reason: string;
        };
        DelegationView: {
            /** Format: uuid */
            id: string;
            /** @description The manager who delegates. */
            delegatorId: string;
            delegateId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            reason: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            /** @description In force now: started, not ended, not revoked. */
            active: boolean;
        };
        InitiativeChangeDto: {
            /**
             * Format: uuid
             * @description An initiative of this cycle.
             */
            id: string;
            title?: string;
            /** @description Who becomes accountable for it: a person id. */
            ownerId?: string;
            /** @example 2027-06-30 */
            dueDate?: string;
            /** Format: uuid */
            kpiId?: string;
            expectedEffect?: string;
        };
        InitiativeDropDto: {
            /**
             * Format: uuid
             * @description An initiative of this cycle.
             */
            id: string;
            /** @description Why it leaves the roadmap; it stays in the cycle, dropped. */
            reason: string;
        };
        ProposeRoadmapChangeDto: {
            /** @description Why the approved roadmap should change. */
            reason: string;
            add?: components["schemas"]["InitiativeDto"][];
            change?: components["schemas"]["InitiativeChangeDto"][];
            drop?: components["schemas"]["InitiativeDropDto"][];
        };
        ProposedChangeView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending";
        };
        RoadmapChangeDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description Required to reject. */
            reason?: string;
        };
        SigningKeyView: {
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            /** @description The public key, base64url. */
            x: string;
            /** @description Its RFC 7638 thumbprint: what checkpoints name as `kid`. */
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
            /**
             * Format: date-time
             * @description When it was published: its window opens.
             */
            validFrom: string;
            /**
             * Format: date-time
             * @description When another key replaced it or an admin revoked it; null while it signs. A checkpoint it signed at or after this time fails verification.
             */
            validUntil: string | null;
            /**
             * Format: date-time
             * @description Set once revoked.
             */
            revokedAt?: string;
            /**
             * Format: date-time
             * @description Set once revoked: checkpoints it signed from this time on fail verification.
             */
            compromisedSince?: string;
        };
        KeySetView: {
            keys: components["schemas"]["SigningKeyView"][];
        };
        RevokeKeyDto: {
            /** @description Why the key is revoked, for the audit trail. */
            reason: string;
            /**
             * Format: date-time
             * @description From when the key may have been in other hands: its checkpoints from then on fail verification. Not in the future.
             */
            compromisedSince: string;
        };
        CheckpointView: {
            /** Format: uuid */
            id: string;
            /** @description `catalog` or `cycle:<cycleId>`. */
            chain: string;
            seq: number;
            /** @description The hash of event `seq`, the head signed. */
            headHash: string;
            /** Format: date-time */
            at: string;
            kid: string;
            /** @description SHA-256 (hex) of the previous checkpoint’s statement; null for the chain’s first; absent when signed before checkpoints were linked. */
            prev?: string | null;
            /** @description Ed25519 over the canonical statement, base64url. */
            signature: string;
        };
        TouchpointDto: {
            name: string;
            /**
             * Format: uuid
             * @description The front area that serves the customer here.
             */
            frontAreaId: string;
            /** @description The internal services behind it: each one the front area consumes. */
            serviceIds: string[];
        };
        JourneyStageDto: {
            name: string;
            touchpoints: components["schemas"]["TouchpointDto"][];
        };
        CreateJourneyDto: {
            name: string;
            /** @description The customer segment; absent: every customer. */
            segment?: string;
            stages: components["schemas"]["JourneyStageDto"][];
        };
        JourneyTouchpointView: {
            /**
             * Format: uuid
             * @description Given when the journey was recorded.
             */
            id: string;
            name: string;
            /** Format: uuid */
            frontAreaId: string;
            serviceIds: string[];
        };
        JourneyStageView: {
            name: string;
            touchpoints: components["schemas"]["JourneyTouchpointView"][];
        };
        JourneyView: {
            /** Format: uuid */
            id: string;
            name: string;
            segment: string | null;
            stages: components["schemas"]["JourneyStageView"][];
            createdBy: string;
            /** @description 1 when created, one more with each change. */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateWebhookDto: {
            /** @description An https URL; http, and hosts that resolve to private, loopback or link-local addresses, only for hosts listed in WEBHOOK_ALLOWED_HOSTS. */
            url: string;
            /** @description The message types sent to it. */
            events: ("cycle.started" | "cycle.stage_changed" | "cycle.closed" | "cycle.cancelled" | "approval.requested" | "approval.reminder" | "approval.escalated" | "approval.decided" | "re_evaluation.due" | "initiative.overdue" | "kpi.off_track")[];
            description?: string;
        };
        WebhookWithSecretView: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("cycle.started" | "cycle.stage_changed" | "cycle.closed" | "cycle.cancelled" | "approval.requested" | "approval.reminder" | "approval.escalated" | "approval.decided" | "re_evaluation.due" | "initiative.overdue" | "kpi.off_track")[];
            description: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description `whsec_` + base64: the signing key, shown this once. */
            secret: string;
            /**
             * Format: date-time
             * @description After a rotation: until when the previous secret keeps signing beside it.
             */
            previousSecretExpiresAt?: string;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("cycle.started" | "cycle.stage_changed" | "cycle.closed" | "cycle.cancelled" | "approval.requested" | "approval.reminder" | "approval.escalated" | "approval.decided" | "re_evaluation.due" | "initiative.overdue" | "kpi.off_track")[];
            description: string | null;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        DeliveryItemView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The `webhook-id` header of every attempt.
             */
            messageId: string;
            /** @enum {string} */
            type: "cycle.started" | "cycle.stage_changed" | "cycle.closed" | "cycle.cancelled" | "approval.requested" | "approval.reminder" | "approval.escalated" | "approval.decided" | "re_evaluation.due" | "initiative.overdue" | "kpi.off_track";
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            /** @description The last answer’s first KiB, or why the attempt got none. */
            lastResponse: string | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ImportRowProblemView: {
            /** @description The data row, counted from 1 after the header; 0 is the header. Absent for a problem outside the file (a malformed id in the path). */
            row?: number;
            /** @description The column at fault (`row` for the row as a whole). */
            field: string;
            message: string;
        };
        ImportProblemView: {
            type: string;
            title: string;
            /** @example 400 */
            status: number;
            /** @example 2 of 5000 rows are not valid (3 problems); nothing was imported. */
            detail: string;
            /** @description Absent when the body could not be read at all (JSON sent as the file, say). */
            errors?: components["schemas"]["ImportRowProblemView"][];
            /** @description The request’s path. */
            instance?: string;
            /** @description The id its log lines carry. */
            requestId?: string;
        };
        ImportResultView: {
            /** @description How many rows were imported: every data row of the file. */
            imported: number;
        };
        /** @description RFC 9457 problem details: the body of every error answer. */
        ProblemDetails: {
            /** @description `about:blank`, or a problem type such as `/problems/idempotency-key-reused`. */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            /** @description On a 500: the id its log line carries. */
            errorId?: string;
            /** @description Validation errors, one per field. */
            errors?: {
                field: string;
                message: string;
            }[];
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
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database and Temporal reachable. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                        checks: {
                            /** @enum {string} */
                            database: "up" | "down";
                            /** @enum {string} */
                            temporal: "up" | "down";
                        };
                    };
                };
            };
            /** @description A dependency is down; `checks` says which. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready" | "not_ready";
                        checks: {
                            /** @enum {string} */
                            database: "up" | "down";
                            /** @enum {string} */
                            temporal: "up" | "down";
                        };
                    };
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    AreasController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Areas, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AreaView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AreasController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAreaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An area with that name exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AreasController_get: {
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
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such area. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AreasController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read (`"3"`): the edit is refused with 412 when the entity has changed since. Without it the edit applies to the current version. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAreaDto"];
            };
        };
        responses: {
            /** @description The area as it stands after the edit; unchanged, same version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such area. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another area has that name. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match names another version than the current one: read the entity again; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description An area id does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A service with that name exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_get: {
        parameters: {
            query?: {
                /** @description The entity as it stood at this time, rebuilt from the catalog chain’s change events; 404 before it existed. */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read (`"3"`): the edit is refused with 412 when the entity has changed since. Without it the edit applies to the current version. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceDto"];
            };
        };
        responses: {
            /** @description The service as it stands after the edit; unchanged, same version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service, or a consumer area does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another service has that name. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match names another version than the current one: read the entity again; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_retire: {
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
                "application/json": components["schemas"]["ServiceRetirementDto"];
            };
        };
        responses: {
            /** @description The service, retired, at its next version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The service is retired already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServicesController_reinstate: {
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
                "application/json": components["schemas"]["ServiceRetirementDto"];
            };
        };
        responses: {
            /** @description The service, back in service, at its next version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The service is not retired. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KpisController_forService: {
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
            /** @description The service’s KPIs, oldest first, with their latest value: `{ items }`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["KpiSummaryView"][];
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KpisController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKpiDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KpisController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KpisController_get: {
        parameters: {
            query?: {
                /** @description The entity as it stood at this time, rebuilt from the catalog chain’s change events; 404 before it existed. */
                asOf?: string;
                /** @description How many measurements to include, newest first. */
                limit?: number;
                /** @description The nextCursor of the previous read: its next, older measurements. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KPI, its standing, and its latest measurements, a page at a time. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiView"];
                };
            };
            /** @description A limit out of 1..1000 or a cursor not from this API. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    KpisController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read (`"3"`): the edit is refused with 412 when the entity has changed since. Without it the edit applies to the current version. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKpiDto"];
            };
        };
        responses: {
            /** @description The KPI as it stands after the edit, with its latest measurements; unchanged, same version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match names another version than the current one: read the entity again; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Surveys, oldest first: `{ items, nextCursor }`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_responses: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
                /** @description Only the responses about this service. */
                serviceId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey’s responses with their comments, oldest first: `{ items, nextCursor }`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyResponseView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponseRecordedView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such survey, service or area. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SurveysController_results: {
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
            /** @description One result per service that was rated, by service id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveyResultView"][];
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationController_rank: {
        parameters: {
            query?: {
                /** @description Include retired services (left out by default). */
                includeRetired?: boolean;
                /** @description Default: the latest survey with responses. */
                surveyId?: string;
                /** @description Default: the latest quarter with volumes. */
                period?: string;
                /** @description `default`: the internal-customer rule (worst rated first, then more end customers, then more rework). `weighted`: the weights below over each service’s criteria. `seed` is a deprecated alias of `default` (same ranking, answered as `default`): use `default`. */
                rule?: "default" | "weighted" | "seed";
                /** @description weighted rule: weight of impact on the current strategy */
                strategyImpact?: number;
                /** @description weighted rule: weight of number of customers involved */
                customers?: number;
                /** @description weighted rule: weight of margins involved */
                margins?: number;
                /** @description weighted rule: weight of ease of transformation */
                ease?: number;
                /** @description weighted rule: weight of journey touchpoints the service backs */
                touchpoints?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The services ranked by the rule, each with the reasons for its rank; retired services only with `includeRetired=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationController_matrix: {
        parameters: {
            query?: {
                /** @description Include retired services (left out by default). */
                includeRetired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Consumer areas x services x provider areas, each cell with its latest survey rating; retired services only with `includeRetired=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceMatrixView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationInputsController_volumes: {
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
            /** @description Every quarter’s end customers and rework rate, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["VolumeView"][];
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationController_recordVolume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeDto"];
            };
        };
        responses: {
            /** @description The quarter’s volumes. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The service’s volumes for that period are recorded already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationInputsController_criteria: {
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
            /** @description The criteria last sent to `PUT /v1/services/:id/criteria`, as sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service, or its criteria were never set. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PrioritizationController_setCriteria: {
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
                "application/json": components["schemas"]["CriteriaDto"];
            };
        };
        responses: {
            /** @description The service’s criteria for the weighted rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriteriaView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MaturityController_capabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The 25 capabilities in their 4 categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CapabilityView"][];
                    };
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MaturityController_assessments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assessments, oldest first, with their ratings and gaps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AssessmentView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MaturityController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            /** @description The assessment, largest gap first. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MaturityController_assessment: {
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
            /** @description The assessment, largest gap first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such assessment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MaturityController_selfTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfTestDto"];
            };
        };
        responses: {
            /** @description `{ points, band }`: long_way_to_go (4-6), doing_well (7-10), on_top_of_it (11-13) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfTestResultView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CyclesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
                stage?: "gap_identification" | "root_cause_analysis" | "initiative_planning" | "execution_monitoring" | "re_evaluation" | "closed" | "cancelled";
                status?: "in_progress" | "awaiting_approval" | "closed" | "cancelled";
                serviceId?: string;
                /** @description Oldest started first (the default), or newest first. */
                order?: "oldest" | "newest";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cycles, oldest first unless `order=newest`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CycleView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CyclesController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key (same caller, same body) answers with the cycle the first attempt started instead of starting another. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCycleDto"];
            };
        };
        responses: {
            /** @description The cycle workflow is running. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleStartedView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The service does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The service already has an active cycle. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Temporal is rate limiting; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Temporal, the database or the identity provider is out of reach; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CyclesController_counts: {
        parameters: {
            query?: {
                /** @description Count only this service’s cycles. */
                serviceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountsView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CyclesController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CyclesController_evidence: {
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
            /** @description Everything an auditor needs for one improvement: the ranking that chose the service, gap, causes, initiatives, the KPI with its latest 100 measurements (newest first) and `measurementCount`, approvals, reminders and escalations, re-evaluations, outcome and the verified head hash of its history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleEvidenceView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_recordGap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordGapDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_recordRootCauses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRootCausesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_recordInitiatives: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInitiativesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitStageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status; or, with problem type `/problems/uncovered-causes`, initiatives that leave a root cause unaddressed (the detail names each): name it in `addressesCauseIds`, or submit with `uncoveredCauses: "accepted"` and a reason. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller submitted, wrote or asked for what awaits the decision, or is not among its approvers. With problem type `/problems/service-account-cannot-decide`: the caller is a service account (an `ica_` key), whatever its roles; only people decide. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_reportProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither an improver nor the initiative’s owner. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_reEvaluateNow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). With problem type `/problems/service-account-cannot-decide`: the caller is a service account (an `ica_` key), whatever its roles; only people decide. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleCommandsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key returns the first answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). With problem type `/problems/service-account-cannot-decide`: the caller is a service account (an `ica_` key), whatever its roles; only people decide. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not allowed in the cycle’s current stage or status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleHistoryController_history: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events oldest first, streamed: `{ items }`, or RFC 4180 CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistoryView"];
                    "text/csv": string;
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleHistoryController_bundle: {
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
            /** @description One JSON file, streamed: `{ events: [audit event], checkpoint, checkpoints }`: every signed head of the chain oldest first (`checkpoint` the latest, null before the first), read before its events. `npx improvement-cycles verify bundle.json --keys keys.json` checks it offline (exit 0 valid and signed, 1 broken, 2 unusable, 3 unsigned), with a copy of `GET /v1/audit/keys` kept from the first day. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryBundleView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CycleHistoryController_verify: {
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
            /** @description `{ valid, events, headHash, brokenAt?, reason?, checkpoint }`: every hash recomputed, and the chain checked against its latest signed checkpoint (`checkpoint` null before the first). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApprovalsController_pending: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ items: [wait], nextCursor }`: the waits the caller may decide (an admin: all), longest wait first; pass `nextCursor` as `cursor` for the next page (null on the last). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PendingDecisionView"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description A limit out of range or a cursor not from this API. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_search: {
        parameters: {
            query?: {
                /** @description Only people whose latest token carried it. */
                role?: "improver" | "manager" | "auditor" | "admin";
                /** @description A case-insensitive part of the id, name or email. */
                q?: string;
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people the product knows (from their tokens, or entered by an admin), by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["KnownPersonView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller: who the product knows them as. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_initiatives: {
        parameters: {
            query?: {
                /** @description `open`: not done, in a cycle still under way. */
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s initiatives (`ownerId` is their id) across cycles, soonest due first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OwnedInitiativeView"][];
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PeopleController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The person’s id: the `sub` of their tokens. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            /** @description Creates the person (someone who has not signed in yet) or changes their name and email; recorded on the catalog chain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceAccountsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service accounts, oldest first; never their keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceAccountView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceAccountsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedServiceAccountView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceAccountsController_revoke: {
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
            /** @description Revoked: its key answers 401 from now on. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service account. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CatalogHistoryController_history: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description Only the events about this area, service, survey, KPI, journey or assessment. */
                entityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog’s audit events oldest first, streamed, shaped as a cycle’s history: `{ items }`, or RFC 4180 CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHistoryView"];
                    "text/csv": string;
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CatalogHistoryController_bundle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog chain as one JSON file, streamed: `{ events, checkpoint, checkpoints }`, every signed head oldest first, read before the events. `npx improvement-cycles verify bundle.json --keys keys.json` checks it offline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryBundleView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CatalogHistoryController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ valid, events, headHash, brokenAt?, reason?, checkpoint }`: streamed in batches, and checked against the chain’s latest signed checkpoint (`checkpoint` null before the first). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    FeedbackController_feedback: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
                /** @description Default: the latest survey (by period) that rated the service. */
                surveyId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (`?limit=&cursor=`, oldest first) of the comments given with the top score of the scale or a score in its bottom half: `{ surveyId, items, nextCursor, repeat, correct }`, `repeat` and `correct` being the page’s comments of each kind, as v1 answered them. `surveyId` is null when no survey rated the service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service or survey. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StandardsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandardResultDto"];
            };
        };
        responses: {
            /** @description The quarter’s result with its compliance; on the catalog’s audit trail. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandardResultView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The quarter’s result is already recorded. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StandardsController_compliance: {
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
            /** @description One per recorded quarter, oldest quarter first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["StandardComplianceView"][];
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApprovalPolicyController_get: {
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
            /** @description The policy in force; none set: `version` null, any manager decides, quorum 1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApprovalPolicyController_put: {
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
                "application/json": components["schemas"]["ApprovalPolicyDto"];
            };
        };
        responses: {
            /** @description The new version, now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyView"];
                };
            };
            /** @description A quorum above the number of approvers, a repeated or unknown person. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DelegationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those the caller granted or received (an admin: all), oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DelegationView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DelegationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationView"];
                };
            };
            /** @description Delegating to oneself or to an unknown person, or a window already over. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DelegationsController_revoke: {
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
            /** @description Revoked: the delegate no longer decides for the manager. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another manager’s delegation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such delegation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoadmapChangesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{ items: [change], nextCursor }`: the cycle’s changes, oldest first; pass `nextCursor` as `cursor` for the next page (null on the last). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RoadmapChangeView"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle (or change). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoadmapChangesController_propose: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeRoadmapChangeDto"];
            };
        };
        responses: {
            /** @description Waiting for a decision. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposedChangeView"];
                };
            };
            /** @description An initiative that is not part of the cycle, or bad fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle (or change). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not in execution_monitoring, or another change waits. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RoadmapChangesController_decide: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                changeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoadmapChangeDecisionDto"];
            };
        };
        responses: {
            /** @description The change, with this decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoadmapChangeView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Its proposer, or someone outside the service’s approvers. With problem type `/problems/service-account-cannot-decide`: the caller is a service account (an `ica_` key), whatever its roles; only people decide. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such cycle (or change). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already decided, or already decided by this person. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The workflow did not confirm the command in time, or Temporal, the database or the identity provider is out of reach: retry after the `Retry-After` header’s seconds, with the same Idempotency-Key to get the first outcome. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JWKS of every Ed25519 key that has signed checkpoints, rotated and revoked ones included, each with its window. Keep a copy from the first day and verify against it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeySetView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key id (`kid`) as `GET /v1/audit/keys` lists it. */
                kid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeKeyDto"];
            };
        };
        responses: {
            /** @description The key, its window closed now (`validUntil`, `revokedAt`) and its signatures void from `compromisedSince`; the worker signs with a new key from then on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No key with this id has signed. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The key is already revoked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Oldest first: each chain’s head signed at least hourly and when a cycle ends. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CheckpointView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JourneysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journeys, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JourneyView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JourneysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJourneyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description A touchpoint served by no front area, or backed by a service its area does not consume. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JourneysController_get: {
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
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such journey. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    JourneysController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read (`"3"`): the edit is refused with 412 when the entity has changed since. Without it the edit applies to the current version. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJourneyDto"];
            };
        };
        responses: {
            /** @description The journey as sent; a touchpoint named as before, in a stage of the same name and served by the same area, keeps its id. Unchanged: same version. */
            200: {
                headers: {
                    /** @description The version answered, quoted (`"3"`): send it back as `If-Match` to edit it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyView"];
                };
            };
            /** @description A touchpoint served by no front area, or backed by a service its area does not consume. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such journey. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description If-Match names another version than the current one: read the entity again; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
            /** @description Not https, or a host resolving to an internal address, unless listed in WEBHOOK_ALLOWED_HOSTS; an unknown event type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is larger than HTTP_BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The body is not of the content type the operation takes (`application/json`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_get: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such endpoint, or it was deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_delete: {
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
            /** @description Deleted; what still waited for it is marked failed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such endpoint, or it was deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretView"];
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such endpoint, or it was deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page; any other value answers 400. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeliveryItemView"][];
                        /** @description Pass as `cursor` for the next page; null on the last one. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such endpoint, or it was deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One more attempt is due now. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, JSON nesting objects and arrays deeper than 64 levels, an unknown field, a wrong type or a value out of range: `errors` names each field. Nothing was changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller has no product role this route admits (`x-roles`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such endpoint or delivery. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ImportsController_importResponses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description A CSV file (RFC 4180, UTF-8; a byte order mark, CRLF or LF line ends are fine) whose first line names the columns `serviceId`, `respondentAreaId`, `score` and optionally `comment`, in any order; an optional column may be left out, and an empty cell of one is the field left out.
         *
         *     Each row is checked with exactly the rules of the single-row endpoint. The whole file is imported in one transaction, or nothing: any bad row answers 400 listing every bad row (the first 100 problems, in row order; the detail counts them all) and writes nothing.
         *
         *     A file with a header and no rows imports nothing (201, `imported: 0`); an empty file is 400. Blank lines are skipped and not counted. Streamed: up to CSV_IMPORT_MAX_BYTES (32 MiB by default; larger: 413), apart from the JSON body limit. Each imported row is one event on the catalog audit chain, as when recorded alone. A refused import wrote nothing and can be sent again. With an `Idempotency-Key`, an import retried after a lost answer (or while the first still runs) answers the first answer and imports nothing twice; the same key with another file answers 422.
         *
         *     Example:
         *
         *         serviceId,respondentAreaId,score,comment
         *         0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b,7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b,4,"Quick, and kind"
         *         0b6f3c2e-5d1a-4f7e-9c3b-2a1d4e5f6a7b,7c9e2f1a-3b4d-4e5f-8a6b-1c2d3e4f5a6b,2,
         */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Every row imported, in one transaction, each on the catalog audit chain. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description A bad row, header or file: `errors: [{ row, field, message }]`, at most 100, in row order (`row` 0 is the header). Nothing was imported. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportProblemView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither an improver nor an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such survey. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The catalog changed during the import (a service, area or consumer went away). Nothing was imported: retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Larger than CSV_IMPORT_MAX_BYTES (32 MiB by default). Nothing was imported. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not `text/csv`, or a charset other than UTF-8. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ImportsController_importMeasurements: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send a new random key (a UUID) with each request you may retry: a retry with the same key, from the same caller with the same body, answers the first answer and writes nothing more, also while the first is still running. A refused request (4xx) keeps no key. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description A CSV file (RFC 4180, UTF-8; a byte order mark, CRLF or LF line ends are fine) whose first line names the columns `value`, `measuredAt` and optionally `source`, in any order; an optional column may be left out, and an empty cell of one is the field left out.
         *
         *     Each row is checked with exactly the rules of the single-row endpoint. The whole file is imported in one transaction, or nothing: any bad row answers 400 listing every bad row (the first 100 problems, in row order; the detail counts them all) and writes nothing.
         *
         *     A file with a header and no rows imports nothing (201, `imported: 0`); an empty file is 400. Blank lines are skipped and not counted. Streamed: up to CSV_IMPORT_MAX_BYTES (32 MiB by default; larger: 413), apart from the JSON body limit. Each imported row is one event on the catalog audit chain, as when recorded alone. A refused import wrote nothing and can be sent again. With an `Idempotency-Key`, an import retried after a lost answer (or while the first still runs) answers the first answer and imports nothing twice; the same key with another file answers 422.
         *
         *     Example:
         *
         *         value,measuredAt,source
         *         41.5,2026-07-31T23:59:59Z,ticketing export
         *         38,2026-08-31,
         */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Every row imported, in one transaction, each on the catalog audit chain. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description A bad row, header or file: `errors: [{ row, field, message }]`, at most 100, in row order (`row` 0 is the header). Nothing was imported. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportProblemView"];
                };
            };
            /** @description No token, or not a valid one. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Neither an improver nor an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such KPI. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Larger than CSV_IMPORT_MAX_BYTES (32 MiB by default). Nothing was imported. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not `text/csv`, or a charset other than UTF-8. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem type `/problems/idempotency-key-reused`: the Idempotency-Key was first used by another caller, on another route or with another body. Nothing was done. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address in a minute (RATE_LIMIT_PER_MINUTE). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The database or the identity provider’s keys are out of reach for now: retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
