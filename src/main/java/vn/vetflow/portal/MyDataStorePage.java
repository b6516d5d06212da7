package vn.vetflow.portal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vetflow.dossier.DigitisedFiles;
import vn.vetflow.publicservice.ApplicantFileHeaders;
import vn.vetflow.shared.DateFormats;

/**
 * "Kho dữ liệu của tôi" (issue 17): the applicant's digitised components and results, from their dossiers
 * filed online or at the desk. Each is theirs only; another applicant's item does not exist for them (404).
 */
@Controller
class MyDataStorePage {

    private final DigitisedFiles digitised;

    MyDataStorePage(DigitisedFiles digitised) {
        this.digitised = digitised;
    }

    /** An item as listed: its date in the province's format. */
    record Row(String kind, long id, String fileName, String dossierCode, String procedureName, String at) {
    }

    @GetMapping("/my/data-store")
    String store(Authentication user, Model model) {
        model.addAttribute("items", digitised.store(user.getName()).stream()
                .map(item -> new Row(item.kind(), item.id(), item.fileName(), item.dossierCode(), item.procedureName(),
                        item.at() == null ? "" : DateFormats.dateTime(item.at())))
                .toList());
        return "portal/data-store";
    }

    @GetMapping("/my/data-store/{kind}/{id}")
    ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable long id, Authentication user) {
        var file = digitised.storeFile(user.getName(), kind, id).orElseThrow(() -> new PageNotFoundException("data store item " + kind + " " + id));
        return ResponseEntity.ok().headers(ApplicantFileHeaders.of(file.fileName())).body(file.content());
    }
}
