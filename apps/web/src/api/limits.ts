// Generated from apps/api/openapi.json by `npm run client:generate`. Do not edit.

/** The limits the API validates, per request schema and field, and per query. */
export const LIMITS = {
  "CreateAreaDto": {
    "name": {
      "maxLength": 200
    }
  },
  "ServiceStandardDto": {
    "description": {
      "maxLength": 2000
    },
    "responseTimeHours": {
      "minimum": 0,
      "maximum": 8760
    }
  },
  "CreateServiceDto": {
    "name": {
      "maxLength": 200
    },
    "description": {
      "maxLength": 4000
    },
    "consumerAreaIds": {
      "minItems": 1,
      "maxItems": 100
    }
  },
  "CreateKpiDto": {
    "name": {
      "maxLength": 200
    },
    "unit": {
      "maxLength": 50
    }
  },
  "RecordMeasurementDto": {
    "source": {
      "maxLength": 200
    }
  },
  "CreateSurveyDto": {
    "name": {
      "maxLength": 200
    },
    "scaleMin": {
      "minimum": 0,
      "maximum": 99
    },
    "scaleMax": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "SurveyResponseDto": {
    "comment": {
      "maxLength": 4000
    }
  },
  "VolumeDto": {
    "endCustomers": {
      "minimum": 0,
      "maximum": 2000000000
    },
    "reworkRate": {
      "minimum": 0,
      "maximum": 1
    }
  },
  "CriteriaDto": {
    "strategyImpact": {
      "minimum": 1,
      "maximum": 5
    },
    "marginsInvolved": {
      "minimum": 1,
      "maximum": 5
    },
    "easeOfTransformation": {
      "minimum": 1,
      "maximum": 5
    }
  },
  "RatingDto": {
    "current": {
      "minimum": 1,
      "maximum": 4
    },
    "target": {
      "minimum": 1,
      "maximum": 4
    }
  },
  "AssessmentDto": {
    "name": {
      "maxLength": 200
    },
    "ratings": {
      "minItems": 1,
      "maxItems": 25
    }
  },
  "SelfTestDto": {
    "answers": {
      "minItems": 4,
      "maxItems": 4
    }
  },
  "RecordGapDto": {
    "statement": {
      "maxLength": 4000
    },
    "evidence": {
      "maxLength": 4000
    }
  },
  "RootCauseDto": {
    "description": {
      "maxLength": 2000
    },
    "whys": {
      "maxItems": 5
    },
    "evidence": {
      "maxLength": 2000
    }
  },
  "RecordRootCausesDto": {
    "causes": {
      "minItems": 1,
      "maxItems": 20
    }
  },
  "InitiativeDto": {
    "title": {
      "maxLength": 300
    },
    "ownerId": {
      "minLength": 1,
      "maxLength": 200
    },
    "expectedEffect": {
      "maxLength": 2000
    },
    "addressesCauseIds": {
      "maxItems": 20
    }
  },
  "RecordInitiativesDto": {
    "initiatives": {
      "minItems": 1,
      "maxItems": 30
    }
  },
  "SubmitStageDto": {
    "note": {
      "maxLength": 2000
    },
    "reason": {
      "maxLength": 2000
    }
  },
  "InitiativeVerdictDto": {
    "note": {
      "maxLength": 2000
    }
  },
  "ReEvaluationReviewDto": {
    "initiatives": {
      "maxItems": 30
    }
  },
  "DecisionDto": {
    "reason": {
      "maxLength": 2000
    }
  },
  "ProgressDto": {
    "percentComplete": {
      "minimum": 0,
      "maximum": 100
    },
    "note": {
      "maxLength": 2000
    }
  },
  "ReasonDto": {
    "reason": {
      "maxLength": 2000
    }
  },
  "UpdatePersonDto": {
    "name": {
      "maxLength": 200
    },
    "email": {
      "maxLength": 320
    }
  },
  "CreateServiceAccountDto": {
    "name": {
      "maxLength": 200
    },
    "roles": {
      "minItems": 1,
      "maxItems": 4
    }
  },
  "StandardResultDto": {
    "requests": {
      "minimum": 0,
      "maximum": 2000000000
    },
    "withinStandard": {
      "minimum": 0,
      "maximum": 2000000000
    }
  },
  "ApprovalPolicyDto": {
    "approvers": {
      "minItems": 1,
      "maxItems": 50
    },
    "quorum": {
      "minimum": 1,
      "maximum": 50
    },
    "escalateTo": {
      "minItems": 0,
      "maxItems": 50
    }
  },
  "CreateDelegationDto": {
    "delegateId": {
      "minLength": 1,
      "maxLength": 200
    },
    "reason": {
      "maxLength": 2000
    }
  },
  "InitiativeChangeDto": {
    "title": {
      "maxLength": 300
    },
    "ownerId": {
      "minLength": 1,
      "maxLength": 200
    },
    "expectedEffect": {
      "maxLength": 2000
    }
  },
  "InitiativeDropDto": {
    "reason": {
      "maxLength": 2000
    }
  },
  "ProposeRoadmapChangeDto": {
    "reason": {
      "maxLength": 2000
    },
    "add": {
      "maxItems": 30
    },
    "change": {
      "maxItems": 30
    },
    "drop": {
      "maxItems": 30
    }
  },
  "RoadmapChangeDecisionDto": {
    "reason": {
      "maxLength": 2000
    }
  },
  "TouchpointDto": {
    "name": {
      "maxLength": 200
    },
    "serviceIds": {
      "maxItems": 20
    }
  },
  "JourneyStageDto": {
    "name": {
      "maxLength": 200
    },
    "touchpoints": {
      "minItems": 1,
      "maxItems": 20
    }
  },
  "CreateJourneyDto": {
    "name": {
      "maxLength": 200
    },
    "segment": {
      "maxLength": 200
    },
    "stages": {
      "minItems": 1,
      "maxItems": 20
    }
  },
  "CreateWebhookDto": {
    "url": {
      "maxLength": 2000
    },
    "events": {
      "minItems": 1,
      "maxItems": 11
    },
    "description": {
      "maxLength": 500
    }
  },
  "GET /v1/areas": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/services": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/kpis/{id}": {
    "limit": {
      "minimum": 1,
      "maximum": 1000
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/surveys": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/surveys/{id}/responses": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/priorities": {
    "strategyImpact": {
      "minimum": 0,
      "maximum": 100
    },
    "customers": {
      "minimum": 0,
      "maximum": 100
    },
    "margins": {
      "minimum": 0,
      "maximum": 100
    },
    "ease": {
      "minimum": 0,
      "maximum": 100
    },
    "touchpoints": {
      "minimum": 0,
      "maximum": 100
    }
  },
  "GET /v1/maturity/assessments": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/cycles": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/approvals/pending": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/service-accounts": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/delegations": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/cycles/{id}/roadmap-changes": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/audit/checkpoints": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/journeys": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/webhooks": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  },
  "GET /v1/webhooks/{id}/deliveries": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    },
    "cursor": {
      "maxLength": 200
    }
  }
} as const;
