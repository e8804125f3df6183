package model

// ACLED's codebook: each sub-event type belongs to one event type and one
// disorder type. Event.SubType holds a sub-event type from this table, so
// a CSV export loads in tools written for ACLED data.

// ACLED event types.
const (
	ACLEDBattles              = "Battles"
	ACLEDExplosions           = "Explosions/Remote violence"
	ACLEDViolenceCivilians    = "Violence against civilians"
	ACLEDProtests             = "Protests"
	ACLEDRiots                = "Riots"
	ACLEDStrategicDevelopment = "Strategic developments"
)

// ACLED disorder types.
const (
	DisorderPoliticalViolence = "Political violence"
	DisorderDemonstrations    = "Demonstrations"
	DisorderStrategic         = "Strategic developments"
	// DisorderViolenceDemos is ACLED's disorder type for violence against
	// demonstrators: both kinds at once.
	DisorderViolenceDemos = "Political violence; Demonstrations"
)

// ACLED sub-event types.
const (
	SubArmedClash          = "Armed clash"
	SubGovRegainsTerritory = "Government regains territory"
	SubNonStateOvertakes   = "Non-state actor overtakes territory"
	SubChemicalWeapon      = "Chemical weapon"
	SubAirDroneStrike      = "Air/drone strike"
	SubSuicideBomb         = "Suicide bomb"
	SubShelling            = "Shelling/artillery/missile attack"
	SubRemoteExplosive     = "Remote explosive/landmine/IED"
	SubGrenade             = "Grenade"
	SubSexualViolence      = "Sexual violence"
	SubAttack              = "Attack"
	SubAbduction           = "Abduction/forced disappearance"
	SubPeacefulProtest     = "Peaceful protest"
	SubProtestIntervention = "Protest with intervention"
	SubExcessiveForce      = "Excessive force against protesters"
	SubViolentDemo         = "Violent demonstration"
	SubMobViolence         = "Mob violence"
	SubAgreement           = "Agreement"
	SubArrests             = "Arrests"
	SubChangeToGroup       = "Change to group/activity"
	SubDisruptedWeapons    = "Disrupted weapons use"
	SubHeadquarters        = "Headquarters or base established"
	SubLooting             = "Looting/property destruction"
	SubNonViolentTransfer  = "Non-violent transfer of territory"
	SubOther               = "Other"
)

var acledCodebook = map[string][2]string{
	SubArmedClash:          {ACLEDBattles, DisorderPoliticalViolence},
	SubGovRegainsTerritory: {ACLEDBattles, DisorderPoliticalViolence},
	SubNonStateOvertakes:   {ACLEDBattles, DisorderPoliticalViolence},
	SubChemicalWeapon:      {ACLEDExplosions, DisorderPoliticalViolence},
	SubAirDroneStrike:      {ACLEDExplosions, DisorderPoliticalViolence},
	SubSuicideBomb:         {ACLEDExplosions, DisorderPoliticalViolence},
	SubShelling:            {ACLEDExplosions, DisorderPoliticalViolence},
	SubRemoteExplosive:     {ACLEDExplosions, DisorderPoliticalViolence},
	SubGrenade:             {ACLEDExplosions, DisorderPoliticalViolence},
	SubSexualViolence:      {ACLEDViolenceCivilians, DisorderPoliticalViolence},
	SubAttack:              {ACLEDViolenceCivilians, DisorderPoliticalViolence},
	SubAbduction:           {ACLEDViolenceCivilians, DisorderPoliticalViolence},
	SubPeacefulProtest:     {ACLEDProtests, DisorderDemonstrations},
	SubProtestIntervention: {ACLEDProtests, DisorderDemonstrations},
	SubExcessiveForce:      {ACLEDProtests, DisorderViolenceDemos},
	SubViolentDemo:         {ACLEDRiots, DisorderDemonstrations},
	SubMobViolence:         {ACLEDRiots, DisorderPoliticalViolence},
	SubAgreement:           {ACLEDStrategicDevelopment, DisorderStrategic},
	SubArrests:             {ACLEDStrategicDevelopment, DisorderStrategic},
	SubChangeToGroup:       {ACLEDStrategicDevelopment, DisorderStrategic},
	SubDisruptedWeapons:    {ACLEDStrategicDevelopment, DisorderStrategic},
	SubHeadquarters:        {ACLEDStrategicDevelopment, DisorderStrategic},
	SubLooting:             {ACLEDStrategicDevelopment, DisorderStrategic},
	SubNonViolentTransfer:  {ACLEDStrategicDevelopment, DisorderStrategic},
	SubOther:               {ACLEDStrategicDevelopment, DisorderStrategic},
}

// ACLEDTypes gives the ACLED event type and disorder type of a sub-event
// type; ok is false for a value not in ACLED's codebook (and for "").
func ACLEDTypes(subType string) (eventType, disorderType string, ok bool) {
	v, ok := acledCodebook[subType]
	return v[0], v[1], ok
}

// ACLEDSubTypes lists every sub-event type of ACLED's codebook.
func ACLEDSubTypes() []string {
	out := make([]string, 0, len(acledCodebook))
	for k := range acledCodebook {
		out = append(out, k)
	}
	return out
}
