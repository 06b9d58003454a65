// GOV.UK Frontend's own check: components enhance only where the browser runs its JavaScript modules
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
