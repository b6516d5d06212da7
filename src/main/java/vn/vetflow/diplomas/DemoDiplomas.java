package vn.vetflow.diplomas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vetflow.shared.ProvinceClock;

/**
 * Demo only: diplomas and certificates of two institutions, so the public look-up answers. Invented people
 * and numbers (identity numbers of the form 0xx0000000nn, which no real citizen holds in this pattern).
 * Try number {@code CĐN-2025/0142} with "Hoàng Thị Mai" (or "hoang thi mai").
 */
@Component
@Profile("demo")
@Order(7)
class DemoDiplomas implements ApplicationRunner {

    private final DiplomaRegister register;
    private final ProvinceClock clock;

    DemoDiplomas(DiplomaRegister register, ProvinceClock clock) {
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (register.count("CD-NGHE-01") > 0) {
            return;
        }
        int year = clock.today().getYear() - 1;
        Map<Integer, DiplomaInput> college = new LinkedHashMap<>();
        List<String[]> graduates = List.of(
                new String[] {"0142", "Hoàng Thị Mai", "015300000142", "6520227", "Điện công nghiệp"},
                new String[] {"0143", "Nguyễn Văn Hùng", "015200000143", "6520227", "Điện công nghiệp"},
                new String[] {"0157", "Lò Thị Thu", "015300000157", "6510216", "Công nghệ ô tô"},
                new String[] {"0161", "Vàng A Sình", "015200000161", "6520205", "Hàn"},
                new String[] {"0170", "Trần Minh Đức", "015200000170", "6510216", "Công nghệ ô tô"});
        int row = 2;
        for (String[] g : graduates) {
            college.put(row++, new DiplomaInput("CĐN-" + year + "/" + g[0], g[1], g[2], g[3], g[4], "Cao đẳng",
                    "15/07/" + year, "Nguyễn Văn Thắng"));
        }
        register.importRows("CD-NGHE-01", college, "coso2");
        Map<Integer, DiplomaInput> centre = new LinkedHashMap<>();
        centre.put(2, new DiplomaInput("SC-" + year + "-0031", "Giàng Thị Dở", "015300000031", "4620116",
                "Chăn nuôi gia súc, gia cầm", "Sơ cấp", "20/11/" + year, "Lò Văn Piềng"));
        centre.put(3, new DiplomaInput("SC-" + year + "-0032", "Sùng A Páo", "015200000032", "4620116",
                "Chăn nuôi gia súc, gia cầm", "Sơ cấp", "20/11/" + year, "Lò Văn Piềng"));
        register.importRows("TC-NGHIALO-01", centre, "coso");
    }
}
